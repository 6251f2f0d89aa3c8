import { describe, expect, it } from 'vitest'
import {
  MAIN_WINDOW_SIZES,
  placeWindow,
  type Rectangle
} from '../../../src-main/services/desktop/window-placement'

const laptop: Rectangle = { x: 0, y: 0, width: 1920, height: 1040 }
const monitorOnTheLeft: Rectangle = { x: -2560, y: 0, width: 2560, height: 1400 }

describe('where the window opens', () => {
  it('opens at the default size, centred on the primary screen, the first time', () => {
    expect(placeWindow(null, [laptop], MAIN_WINDOW_SIZES)).toEqual({
      bounds: { x: 280, y: 90, width: 1360, height: 860 },
      maximized: false
    })
  })

  it('reopens where it was, maximised or not, on whichever screen it was', () => {
    const saved = { bounds: { x: -2400, y: 100, width: 1600, height: 1000 }, maximized: true }
    expect(placeWindow(saved, [laptop, monitorOnTheLeft], MAIN_WINDOW_SIZES)).toEqual(saved)
  })

  it('comes back to the primary screen, its size kept, when the monitor it was on is gone', () => {
    const saved = { bounds: { x: -2400, y: 100, width: 1600, height: 1000 }, maximized: false }
    expect(placeWindow(saved, [laptop], MAIN_WINDOW_SIZES)).toEqual({
      bounds: { x: 160, y: 20, width: 1600, height: 1000 },
      maximized: false
    })
  })

  it('comes back when only a sliver of its title bar would show, and shrinks to a smaller screen', () => {
    const small: Rectangle = { x: 0, y: 0, width: 1280, height: 680 }
    const nearlyOff = { bounds: { x: 1240, y: 300, width: 1400, height: 900 }, maximized: false }
    expect(placeWindow(nearlyOff, [small], MAIN_WINDOW_SIZES).bounds).toEqual({
      x: 0,
      y: 0,
      width: 1280,
      height: 680
    })
    const aboveTheScreen = { bounds: { x: 100, y: -500, width: 1200, height: 800 }, maximized: false }
    expect(placeWindow(aboveTheScreen, [laptop], MAIN_WINDOW_SIZES).bounds.y).toBeGreaterThanOrEqual(0)
  })

  it('respects a taskbar on the left or top of the primary screen (the work area does not start at 0)', () => {
    const withTaskbar: Rectangle = { x: 64, y: 0, width: 1856, height: 1080 }
    const placed = placeWindow(null, [withTaskbar], MAIN_WINDOW_SIZES)
    expect(placed.bounds.x).toBeGreaterThanOrEqual(64)
  })
})
