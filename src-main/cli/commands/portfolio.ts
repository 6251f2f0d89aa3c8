import { parseArgs } from 'node:util'
import { AGREEMENT_STATUS_LABELS } from '../../shared/domain/agreement'
import { HOME_LIST_TITLES } from '../../shared/domain/home'
import { frenchShortDate } from '../../shared/format/short-date'
import type { CliContext } from '../cli-io'

/**
 * `portfolio [--json]`: the home page's lists « À traiter », from the same service. Like the app at start-up, the
 * conventions whose start or end date has come are first moved on (and said so).
 */
export async function runPortfolio(args: string[], { services, output }: CliContext): Promise<void> {
  const { values } = parseArgs({ args, options: { json: { type: 'boolean' } }, strict: true })
  const applied = await services.lifecycle.applyDue()
  const home = await services.portfolio.home()
  if (values.json) {
    output.out(JSON.stringify({ applied, ...home }, null, 2))
    return
  }
  for (const change of applied)
    output.out(`${change.reference} : passée à « ${AGREEMENT_STATUS_LABELS[change.to]} » (date atteinte).`)
  output.out(`À traiter au ${frenchShortDate(home.today)} : ${home.total}`)
  for (const list of home.lists) {
    if (list.total === 0) continue
    output.out('')
    output.out(`${HOME_LIST_TITLES[list.kind]} (${list.total})`)
    for (const item of list.items)
      output.out(
        [
          `  ${item.overdue ? '!' : '-'} ${item.reference}`,
          item.date ? frenchShortDate(item.date) : '—',
          item.partnerName ?? '—',
          item.title || 'Sans titre',
          item.detail
        ].join('  |  ')
      )
    if (list.total > list.items.length) output.out(`  … et ${list.total - list.items.length} autres`)
  }
}
