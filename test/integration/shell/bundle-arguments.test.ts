import { posix, win32 } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bundlePathsFromArgv, platformPathRules } from '../../../src-main/services/desktop/bundle-arguments'
import { PendingOpens } from '../../../src-main/services/desktop/pending-opens'

describe('bundles named on the command line, Windows', () => {
  const exe = 'C:\\Users\\Camille\\AppData\\Local\\Programs\\Alliance Conventions\\Alliance Conventions.exe'
  const downloads = 'C:\\Users\\Camille\\Downloads'

  it('takes a double-clicked bundle (the installer registers "%1"), skipping the executable and Chromium switches', () => {
    const argv = [exe, '--allow-file-access-from-files', `${downloads}\\échange 2026-11-28.ZIP`]
    expect(bundlePathsFromArgv(argv, downloads, win32)).toEqual([`${downloads}\\échange 2026-11-28.ZIP`])
  })

  it('resolves a relative name against the second launch’s working folder, and a UNC share as is', () => {
    const argv = [exe, 'echange.zip', '..\\Bureau\\autre.zip', '\\\\serveur\\partage\\reseau.zip']
    expect(bundlePathsFromArgv(argv, downloads, win32)).toEqual([
      `${downloads}\\echange.zip`,
      'C:\\Users\\Camille\\Bureau\\autre.zip',
      '\\\\serveur\\partage\\reseau.zip'
    ])
  })

  it('ignores anything that is not a .zip bundle (a document, a folder, the app folder in development)', () => {
    const argv = [exe, '.', 'C:\\Users\\Camille\\convention.docx', 'C:\\Users\\Camille\\zip', 'C:\\x.zip.exe']
    expect(bundlePathsFromArgv(argv, downloads, win32)).toEqual([])
  })
})

describe('bundles named on the command line, POSIX', () => {
  it('takes paths and the file: URLs Linux desktops pass (%U), decoded', () => {
    const argv = [
      '/opt/Alliance Conventions/alliance-conventions',
      '--no-sandbox',
      'file:///home/camille/T%C3%A9l%C3%A9chargements/%C3%A9change.zip',
      'reçu.zip'
    ]
    expect(bundlePathsFromArgv(argv, '/home/camille', posix)).toEqual([
      '/home/camille/Téléchargements/échange.zip',
      '/home/camille/reçu.zip'
    ])
  })

  it('keeps each bundle once, and at most ten from one launch (a shell glob must not queue a whole folder)', () => {
    const names = Array.from({ length: 30 }, (_, index) => `/tmp/paquet-${index}.zip`)
    const paths = bundlePathsFromArgv(['/usr/bin/alliance', names[0] ?? '', ...names], '/', posix)
    expect(paths).toEqual(names.slice(0, 10))
  })

  it('picks the path rules of the platform the app runs on', () => {
    expect(platformPathRules('win32')).toBe(win32)
    expect(platformPathRules('darwin')).toBe(posix)
    expect(platformPathRules('linux')).toBe(posix)
  })
})

describe('bundles waiting to be opened', () => {
  it('are taken in order, each once; the window sees only a name before taking one', () => {
    const pending = new PendingOpens()
    expect(pending.peekName()).toBeNull()
    pending.add(['/tmp/a.zip', '/tmp/b.zip'])
    pending.add(['/tmp/a.zip'])
    expect(pending.peekName()).toBe('a.zip')
    expect(pending.take()).toEqual({ path: '/tmp/a.zip', fileName: 'a.zip' })
    expect(pending.take()).toEqual({ path: '/tmp/b.zip', fileName: 'b.zip' })
    expect(pending.take()).toBeUndefined()
  })

  it('keep the latest requests when the system sends more than the queue holds', () => {
    const pending = new PendingOpens(2)
    pending.add(['/tmp/1.zip', '/tmp/2.zip', '/tmp/3.zip'])
    expect([pending.take()?.path, pending.take()?.path, pending.take()]).toEqual([
      '/tmp/2.zip',
      '/tmp/3.zip',
      undefined
    ])
  })

  it('name a Windows file by its Windows name', () => {
    const pending = new PendingOpens(10, win32)
    pending.add(['C:\\Users\\Camille\\Downloads\\échange.zip'])
    expect(pending.peekName()).toBe('échange.zip')
  })
})
