/**
 * Names of every IPC channel, `domain:verb`. Kept free of schemas so that the sandboxed preload can import it
 * without pulling zod in; `contract.ts` must list exactly these channels (checked by its type).
 */
export const CHANNELS = [
  'app:info',
  'reference:get',
  'communes:byPostalCode',
  'partners:list',
  'partners:get',
  'partners:create',
  'partners:update',
  'partners:setArchived'
] as const

export type Channel = (typeof CHANNELS)[number]
