import { benchAgreements } from './agreements-bench'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { runExchangeBench } from './exchange-bench'
import { benchPartners } from './partners-bench'
import { benchLife } from './life-bench'
import { peakMemoryMb, report } from './measure'

/** `npm run bench`: prints the figures; never part of `npm test` (timings are not assertions). */
async function main(): Promise<void> {
  console.log('Alliance Conventions — benchmarks')
  await benchPartners()
  await benchAgreements()
  // In a process of its own, with the same TypeScript loader: its peak memory is then the documents' alone.
  const documents = spawnSync(
    process.execPath,
    [...process.execArgv, join(__dirname, 'documents-child.ts')],
    {
      stdio: 'inherit'
    }
  )
  if (documents.status !== 0) throw new Error('the documents bench failed')
  await runExchangeBench()
  await benchLife()
  report('peak memory (RSS) of the benchmark process (documents apart)', peakMemoryMb(), 'MB')
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
