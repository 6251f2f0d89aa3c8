import { useEffect } from 'react'
import { useLocation } from 'react-router'

const WAIT_FRAMES = 120

/** Where focus goes on a new page: a heading marked for it (a wizard step's title), else the page's title. */
function arrivalHeading(): HTMLElement | null {
  return (
    document.querySelector<HTMLElement>('main [data-arrival-focus]') ??
    document.querySelector<HTMLElement>('main h1')
  )
}

/**
 * After every navigation, focus lands on the new page's heading, so that screen readers announce the page and the
 * next Tab reaches its first field. A page still loading is waited for (about two seconds at most); focus the
 * user has already put inside the page is left where it is, and it is never left on the body.
 */
export function useFocusOnNavigation(): void {
  const { pathname } = useLocation()
  useEffect(() => {
    const main = document.querySelector('main')
    const focusedBefore = document.activeElement
    let frame = 0
    let handle = 0
    // Focus moved by the user (or by the page itself) since the navigation stays; what had it before does not.
    const userIsInPage = () => {
      const active = document.activeElement
      return (
        active !== null &&
        active !== focusedBefore &&
        active !== document.body &&
        main?.contains(active) === true
      )
    }
    const tryFocus = () => {
      if (userIsInPage()) return
      const heading = arrivalHeading()
      if (heading) {
        heading.focus()
        return
      }
      if ((frame += 1) < WAIT_FRAMES) handle = requestAnimationFrame(tryFocus)
    }
    tryFocus()
    return () => cancelAnimationFrame(handle)
  }, [pathname])
}
