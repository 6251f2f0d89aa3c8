import { useEffect, useRef, useState } from 'react'
import { useNavigate } from 'react-router'
import { SearchDialog } from './SearchDialog'

/** The search button of the sidebar, and Ctrl+K (⌘K on a Mac) from anywhere, opening one search dialog. */
export function GlobalSearch() {
  const [open, setOpen] = useState(false)
  const trigger = useRef<HTMLButtonElement>(null)
  const navigate = useNavigate()

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault()
        setOpen(true)
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])

  function close(target?: string) {
    setOpen(false)
    if (target) void navigate(target)
    else trigger.current?.focus()
  }

  return (
    <>
      <button
        ref={trigger}
        type="button"
        className="global-search-trigger"
        aria-haspopup="dialog"
        aria-keyshortcuts="Control+K"
        onClick={() => setOpen(true)}
      >
        Rechercher… <kbd>Ctrl</kbd>+<kbd>K</kbd>
      </button>
      {open ? <SearchDialog onClose={close} /> : null}
    </>
  )
}
