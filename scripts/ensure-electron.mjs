#!/usr/bin/env node
// Electron 45 no longer downloads its binary at install time: `npm start` and `npm run dev` run this first.
// It calls Electron's own installer (which exits at once when the binary is there) and, when the download is
// impossible, says in French what to do instead of Electron's English stack trace.
import { spawn } from 'node:child_process'
import process from 'node:process'
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'

export const DOWNLOAD_FAILED_MESSAGE = [
  'Le programme Electron, nécessaire pour ouvrir l’application, n’a pas pu être téléchargé.',
  'Il est téléchargé une seule fois, au premier lancement (environ 100 Mo depuis github.com).',
  'Vérifiez la connexion à Internet, puis relancez « npm start ».',
  'Derrière un proxy : définissez HTTPS_PROXY (et ELECTRON_GET_USE_PROXY=1) avant de relancer.',
  'Sans accès à github.com : définissez ELECTRON_MIRROR vers un miroir interne.',
  'Hors ligne, les tests (« npm test ») et la ligne de commande (« npm run cli ») fonctionnent sans Electron.'
].join('\n')

/** Path of Electron's `install-electron` script in node_modules. */
export function electronInstallerPath() {
  return createRequire(import.meta.url).resolve('electron/install.js')
}

/**
 * Runs the installer; resolves true when the binary is present afterwards. Its own output is kept and shown only
 * when it fails, after the French explanation.
 */
export function ensureElectron({
  installer = electronInstallerPath(),
  env = process.env,
  log = (text) => process.stderr.write(text)
} = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [installer], { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', (error) => {
      log(`${DOWNLOAD_FAILED_MESSAGE}\n\nDétail technique : ${error.message}\n`)
      resolve(false)
    })
    child.on('close', (code) => {
      if (code === 0) return resolve(true)
      const detail = output.trim().split('\n').slice(0, 3).join('\n')
      log(`${DOWNLOAD_FAILED_MESSAGE}\n\nDétail technique :\n${detail}\n`)
      resolve(false)
    })
  })
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write('Vérification du programme Electron…\n')
  const ready = await ensureElectron()
  process.exitCode = ready ? 0 : 1
}
