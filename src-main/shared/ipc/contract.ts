import { z } from 'zod'
import type { Partner, PartnerSummary } from '../domain/partner'
import type { CommuneOption, ReferenceData } from '../domain/reference'
import { idSchema, noInputSchema } from '../schemas/common.schema'
import { partnerInputSchema, partnerQuerySchema } from '../schemas/partner.schema'
import type { Channel } from './channels'

/** A channel's input schema and, as a phantom type, its result. */
export interface ChannelSpec<Input extends z.ZodType, Output> {
  input: Input
  output: Output
}

function channel<Input extends z.ZodType>(input: Input) {
  return {
    returns: <Output>(): ChannelSpec<Input, Output> => ({ input, output: undefined as Output })
  }
}

export interface AppInfo {
  version: string
  databasePath: string
}

/** The one IPC contract: every channel, what it accepts (validated in main) and what it returns. */
export const contract = {
  'app:info': channel(noInputSchema).returns<AppInfo>(),
  'reference:get': channel(noInputSchema).returns<ReferenceData>(),
  'communes:byPostalCode': channel(
    z.object({ postalCode: z.string().regex(/^\d{5}$/, 'Le code postal compte 5 chiffres.') })
  ).returns<CommuneOption[]>(),
  'partners:list': channel(partnerQuerySchema).returns<PartnerSummary[]>(),
  'partners:get': channel(z.object({ id: idSchema })).returns<Partner>(),
  'partners:create': channel(partnerInputSchema).returns<Partner>(),
  'partners:update': channel(z.object({ id: idSchema, data: partnerInputSchema })).returns<Partner>(),
  'partners:setArchived': channel(z.object({ id: idSchema, archived: z.boolean() })).returns<Partner>()
} satisfies Record<Channel, ChannelSpec<z.ZodType, unknown>>

export type Contract = typeof contract
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>
export type ChannelOutput<C extends Channel> = Contract[C]['output']
