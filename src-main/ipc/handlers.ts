import type { z } from 'zod'
import type { AppServices } from '../services/app-services'
import type { Channel } from '../shared/ipc/channels'
import type { ChannelOutput, Contract } from '../shared/ipc/contract'

/** One handler per channel, receiving the input already validated against the channel's schema. */
export type Handlers = {
  [C in Channel]: (input: z.output<Contract[C]['input']>) => Promise<ChannelOutput<C>> | ChannelOutput<C>
}

export function createHandlers(services: AppServices): Handlers {
  return {
    'app:info': () => services.info(),
    'reference:get': () => services.reference.get(),
    'communes:byPostalCode': ({ postalCode }) => services.communes.byPostalCode(postalCode),
    'partners:list': (query) => services.partners.list(query),
    'partners:get': ({ id }) => services.partners.get(id),
    'partners:create': (input) => services.partners.create(input),
    'partners:update': ({ id, data }) => services.partners.update(id, data),
    'partners:setArchived': ({ id, archived }) => services.partners.setArchived(id, archived)
  }
}
