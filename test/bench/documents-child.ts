/**
 * Child process of the documents bench: runs it alone, so that the peak memory it reports is the documents' own
 * (one convention, then 1,500 in bulk with the render workers), not that of the benches run before it.
 */
import { benchDocuments } from './documents-bench'
import { peakMemoryMb, report } from './measure'

benchDocuments()
  .then(() => report('documents: peak RSS of the documents bench process', peakMemoryMb(), 'MB'))
  .catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
