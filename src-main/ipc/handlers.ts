import type { z } from 'zod'
import type { AppServices } from '../services/app-services'
import { suggestedCommitments } from '../shared/partnership-types/registry'
import { recommendType } from '../shared/agreements/type-recommender'
import type { Channel } from '../shared/ipc/channels'
import type { ChannelOutput, Contract } from '../shared/ipc/contract'
import { HEADLESS_DESKTOP, type DesktopPort } from '../services/desktop/desktop-port'
import { localIsoDate } from '../shared/agreements/agreement-dates'
import { createDocumentHandlers } from './document-handlers'
import { createExchangeHandlers } from './exchange-handlers'
import { createLifeHandlers } from './life-handlers'
import { createSignatureHandlers } from './signature-handlers'
import { ConflictError } from '../shared/errors'
import { headlessIntegration, type DesktopIntegration } from '../services/desktop/desktop-integration'
import { createDesktopHandlers } from './desktop-handlers'
import { createAmendmentHandlers } from './amendment-handlers'

/** One handler per channel, receiving the input already validated against the channel's schema. */
export type Handlers = {
  [C in Channel]: (input: z.output<Contract[C]['input']>) => Promise<ChannelOutput<C>> | ChannelOutput<C>
}

/**
 * `desktop` opens native dialogs and `integration` hands over opened files and opens documents in their program:
 * Electron's in the app, stand-ins in the e2e bridge, none in the CLI.
 */
export function createHandlers(
  services: AppServices,
  desktop: DesktopPort = HEADLESS_DESKTOP,
  integration: DesktopIntegration = headlessIntegration()
): Handlers {
  return {
    ...createExchangeHandlers(services.exchange, desktop, () => localIsoDate(new Date())),
    ...createDocumentHandlers(services.documents, desktop),
    ...createLifeHandlers(services, desktop),
    ...createAmendmentHandlers(services.documents, desktop),
    'app:info': () => services.info(),
    'startup:state': () => ({ state: 'ready' }),
    'startup:restoreLatestBackup': () => {
      throw new ConflictError('La base de données est en bon état : il n’y a rien à restaurer au démarrage.')
    },
    'reference:get': () => services.reference.get(),
    'communes:byPostalCode': ({ postalCode }) => services.communes.byPostalCode(postalCode),
    'partners:list': (query) => services.partners.list(query),
    'partners:get': ({ id }) => services.partners.get(id),
    'partners:create': (input) => services.partners.create(input),
    'partners:update': ({ id, data }) => services.partners.update(id, data),
    'partners:setArchived': ({ id, archived }) => services.partners.setArchived(id, archived),
    'reference:addDomain': (input) => services.reference.addDomain(input),
    'reference:updateDomain': ({ id, data }) => services.reference.updateDomain(id, data),
    'reference:setDomainArchived': ({ id, archived }) => services.reference.setDomainArchived(id, archived),
    'reference:addHeadNetwork': (input) => services.reference.addHeadNetwork(input),
    'reference:updateHeadNetwork': ({ id, data }) => services.reference.updateHeadNetwork(id, data),
    'reference:setHeadNetworkArchived': ({ id, archived }) =>
      services.reference.setHeadNetworkArchived(id, archived),
    'settings:get': () => services.settings.get(),
    'settings:update': (input) => services.settings.update(input),
    'needs:list': (query) => services.needs.list(query),
    'needs:get': ({ id }) => services.needs.get(id),
    'needs:create': (input) => services.needs.create(input),
    'needs:update': ({ id, data }) => services.needs.update(id, data),
    'needs:remove': async ({ id }) => {
      await services.needs.remove(id)
      return null
    },
    'needs:agreements': ({ id }) => services.needs.agreements(id),
    'agreements:create': (input) => services.agreements.create(input),
    'agreements:get': ({ id }) => services.agreements.get(id),
    'agreements:saveDraft': (input) => services.agreements.saveDraft(input),
    'agreements:duplicate': ({ id }) => services.agreements.duplicate(id),
    'agreements:transition': (input) => services.agreements.transition(input),
    'agreements:check': ({ id }) => services.agreements.check(id),
    'agreements:history': ({ id }) => services.agreements.history(id),
    'agreements:search': (query) => services.agreements.search(query),
    'agreements:recommendType': (answers) => recommendType(answers),
    'agreements:suggestions': ({ type }) => suggestedCommitments(type, null),
    'backups:list': () => services.backups.list(),
    'backups:create': () => services.backups.create('manual'),
    'backups:restore': ({ name }) => services.backups.restore(name),
    'partners:eraseContact': ({ contactId }) => services.partners.eraseContact(contactId),
    'clauses:list': () => services.documents.clauses.list(),
    'clauses:saveWording': (input) => services.documents.clauses.saveWording(input),
    'clauses:restoreDefault': (input) => services.documents.clauses.restoreDefault(input),
    ...createSignatureHandlers(services.signatures),
    'partners:erasureImpact': ({ contactId }) => services.partners.erasureImpact(contactId),
    ...createDesktopHandlers(services, integration)
  }
}
