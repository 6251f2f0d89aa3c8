import { runCli } from './run-cli'
import packageJson from '../../package.json'

const output = {
  out: (text: string) => process.stdout.write(`${text}\n`),
  err: (text: string) => process.stderr.write(`${text}\n`)
}

runCli(process.argv.slice(2), output, packageJson.version).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    console.error(error)
    process.exitCode = 1
  }
)
