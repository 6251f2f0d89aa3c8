import { app, dialog, Menu, shell, type MenuItemConstructorOptions } from 'electron'
import { existsSync } from 'node:fs'
import { basename } from 'node:path'
import type { RecentExport } from '../services/desktop/recent-exports'

export interface ApplicationMenuContext {
  dataFolder: string
  recentExports: readonly RecentExport[]
}

/** « Exports récents »: each shows its file in the file manager; a file moved or deleted since is greyed out. */
function recentExportsMenu(recentExports: readonly RecentExport[]): MenuItemConstructorOptions {
  const items: MenuItemConstructorOptions[] = recentExports.map(({ path }) => {
    const present = existsSync(path)
    return {
      label: present ? basename(path) : `${basename(path)} (introuvable)`,
      enabled: present,
      click: () => shell.showItemInFolder(path)
    }
  })
  return {
    label: 'Exports récents',
    submenu: items.length > 0 ? items : [{ label: 'Aucun export récent', enabled: false }]
  }
}

/** The French application menu, with the platform's usual shortcuts; rebuilt when the recent exports change. */
export function installApplicationMenu({ dataFolder, recentExports }: ApplicationMenuContext): void {
  const isMac = process.platform === 'darwin'
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'Fichier',
      submenu: [
        recentExportsMenu(recentExports),
        { label: 'Ouvrir le dossier des données', click: () => void shell.openPath(dataFolder) },
        { type: 'separator' },
        isMac ? { role: 'close', label: 'Fermer la fenêtre' } : { role: 'quit', label: 'Quitter' }
      ]
    },
    {
      label: 'Édition',
      submenu: [
        { role: 'undo', label: 'Annuler' },
        { role: 'redo', label: 'Rétablir' },
        { type: 'separator' },
        { role: 'cut', label: 'Couper' },
        { role: 'copy', label: 'Copier' },
        { role: 'paste', label: 'Coller' },
        { role: 'selectAll', label: 'Tout sélectionner' }
      ]
    },
    {
      label: 'Affichage',
      submenu: [
        { role: 'reload', label: 'Actualiser' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools', label: 'Outils de développement' } as const]),
        { type: 'separator' },
        { role: 'resetZoom', label: 'Taille réelle' },
        { role: 'zoomIn', label: 'Agrandir' },
        { role: 'zoomOut', label: 'Réduire' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Plein écran' }
      ]
    },
    {
      label: 'Aide',
      submenu: [
        {
          label: 'À propos d’Alliance Conventions',
          click: () =>
            void dialog.showMessageBox({
              type: 'info',
              title: 'À propos',
              message: `Alliance Conventions ${app.getVersion()}`,
              detail:
                'Conventions de partenariat Alliance Dynamique entre La Poste et les structures de l’ESS.'
            })
        }
      ]
    }
  ]
  if (isMac) template.unshift({ role: 'appMenu', label: app.name })
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
