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
  'partners:setArchived',
  'reference:addDomain',
  'reference:updateDomain',
  'reference:setDomainArchived',
  'reference:addHeadNetwork',
  'reference:updateHeadNetwork',
  'reference:setHeadNetworkArchived',
  'settings:get',
  'settings:update',
  'needs:list',
  'needs:get',
  'needs:create',
  'needs:update',
  'needs:remove',
  'needs:agreements',
  'agreements:create',
  'agreements:get',
  'agreements:saveDraft',
  'agreements:duplicate',
  'agreements:transition',
  'agreements:check',
  'agreements:history',
  'agreements:search',
  'agreements:recommendType',
  'agreements:suggestions',
  'backups:list',
  'backups:create',
  'backups:restore',
  'partners:eraseContact',
  'exchange:export',
  'exchange:progress',
  'exchange:chooseImport',
  'exchange:previewImport',
  'exchange:import'
] as const

export type Channel = (typeof CHANNELS)[number]
