import { z } from 'zod'

/** A rectangle on the virtual desktop, in device-independent pixels, as Electron gives them. */
export interface Rectangle {
  x: number
  y: number
  width: number
  height: number
}

const rectangleSchema = z.object({
  x: z.number().int().min(-100_000).max(100_000),
  y: z.number().int().min(-100_000).max(100_000),
  width: z.number().int().min(1).max(100_000),
  height: z.number().int().min(1).max(100_000)
})

export const windowPlacementSchema = z.object({ bounds: rectangleSchema, maximized: z.boolean() })

/** Where the window was when it closed: its normal bounds (not the maximised ones) and whether it was maximised. */
export type WindowPlacement = z.infer<typeof windowPlacementSchema>

export interface WindowSizes {
  width: number
  height: number
  minWidth: number
  minHeight: number
}

/** The main window's size the first time, and the smallest it can be made. */
export const MAIN_WINDOW_SIZES: WindowSizes = { width: 1360, height: 860, minWidth: 1024, minHeight: 640 }

/** How much of the window's top band (its title bar) must be on a screen for the user to grab it. */
const GRAB_WIDTH = 120
const GRAB_HEIGHT = 40

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  }
}

function canBeGrabbed(bounds: Rectangle, workArea: Rectangle): boolean {
  const titleBar = { ...bounds, height: Math.min(bounds.height, GRAB_HEIGHT) }
  const shown = overlap(titleBar, workArea)
  return (
    shown.width >= Math.min(GRAB_WIDTH, bounds.width) && shown.height >= Math.min(GRAB_HEIGHT, bounds.height)
  )
}

function fitted(size: number, minimum: number, available: number): number {
  return Math.max(Math.min(size, available), Math.min(minimum, available))
}

/** The saved size, no larger than the work area, centred on it. */
function centredOn(workArea: Rectangle, width: number, height: number, sizes: WindowSizes): Rectangle {
  const w = fitted(width, sizes.minWidth, workArea.width)
  const h = fitted(height, sizes.minHeight, workArea.height)
  return {
    x: workArea.x + Math.round((workArea.width - w) / 2),
    y: workArea.y + Math.round((workArea.height - h) / 2),
    width: w,
    height: h
  }
}

/**
 * Where to open the window: where it was if its title bar is still on one of the screens, otherwise (a monitor
 * removed, the resolution lowered, a damaged file) its saved size centred on the primary screen (the first work
 * area), shrunk to fit. Without a saved placement, the default size centred on the primary screen.
 */
export function placeWindow(
  saved: WindowPlacement | null,
  workAreas: readonly Rectangle[],
  sizes: WindowSizes
): WindowPlacement {
  const primary = workAreas[0]
  const width = saved?.bounds.width ?? sizes.width
  const height = saved?.bounds.height ?? sizes.height
  const maximized = saved?.maximized ?? false
  if (!primary) return { bounds: { x: 0, y: 0, width, height }, maximized }
  if (saved) {
    const home = workAreas.find((area) => canBeGrabbed(saved.bounds, area))
    if (home) {
      const w = fitted(width, sizes.minWidth, home.width)
      const h = fitted(height, sizes.minHeight, home.height)
      return { bounds: { ...saved.bounds, width: w, height: h }, maximized }
    }
  }
  return { bounds: centredOn(primary, width, height, sizes), maximized }
}
