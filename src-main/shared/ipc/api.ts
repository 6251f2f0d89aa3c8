import type { Channel } from './channels'
import type { ChannelInput, ChannelOutput } from './contract'
import type { Envelope } from './envelope'

type DomainOf<C extends string> = C extends `${infer Domain}:${string}` ? Domain : never

/** `window.api`: one method per channel, grouped by domain (`api.partners.list(input)`). */
export type Api = {
  [Domain in DomainOf<Channel>]: {
    [C in Channel as C extends `${Domain}:${infer Verb}` ? Verb : never]: (
      input: ChannelInput<C>
    ) => Promise<Envelope<ChannelOutput<C>>>
  }
}

export type Invoke = (channel: Channel, input: unknown) => Promise<unknown>

/** Builds the `window.api` surface from the channel list; used by the preload and by the e2e bridge. */
export function buildApi(channels: readonly Channel[], invoke: Invoke): Api {
  const api: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {}
  for (const channel of channels) {
    const [domain, verb] = channel.split(':') as [string, string]
    api[domain] ??= {}
    api[domain][verb] = (input: unknown) => invoke(channel, input ?? {})
  }
  return api as unknown as Api
}
