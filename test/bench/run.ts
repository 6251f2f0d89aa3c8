import { benchAgreements } from './agreements-bench'
import { benchDocuments } from './documents-bench'
import { runExchangeBench } from './exchange-bench'
import { benchPartners } from './partners-bench'
import { benchLife } from './life-bench'
import { peakMemoryMb, report } from './measure'

/** `npm run bench`: prints the figures; never part of `npm test` (timings are not assertions). */
async function main(): Promise<void> {
  console.log('Alliance Conventions — benchmarks')
  await benchPartners()
  await benchAgreements()
  await benchDocuments()
  await runExchangeBench()
  await benchLife()
  report('peak memory (RSS) of the benchmark process', peakMemoryMb(), 'MB')
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
