import { screen, type BrowserWindow } from 'electron'
import { join } from 'node:path'
import { readStateFile, writeStateFile } from '../services/desktop/desktop-state-file'
import {
  MAIN_WINDOW_SIZES,
  placeWindow,
  windowPlacementSchema,
  type WindowPlacement
} from '../services/desktop/window-placement'

export const WINDOW_STATE_FILE_NAME = 'fenetre.json'

/** Where to open the window: where it was, if that is still on a screen (primary screen first). */
export async function rememberedPlacement(dataFolder: string): Promise<WindowPlacement> {
  const saved = await readStateFile(join(dataFolder, WINDOW_STATE_FILE_NAME), windowPlacementSchema)
  const primary = screen.getPrimaryDisplay()
  const others = screen.getAllDisplays().filter((display) => display.id !== primary.id)
  return placeWindow(
    saved,
    [primary, ...others].map((display) => display.workArea),
    MAIN_WINDOW_SIZES
  )
}

/** Saves the window's normal bounds and maximised state; a failure is logged, never shown (nothing is lost). */
export function savePlacement(window: BrowserWindow, dataFolder: string): Promise<void> {
  const placement: WindowPlacement = { bounds: window.getNormalBounds(), maximized: window.isMaximized() }
  return writeStateFile(join(dataFolder, WINDOW_STATE_FILE_NAME), placement).catch((error: unknown) =>
    console.error('[fenêtre] position non enregistrée', error)
  )
}
