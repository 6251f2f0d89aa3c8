import { useState, type ReactNode } from 'react'
import { api, unwrap } from '../api/client'
import { useQuery } from '../api/use-query'
import { Alert } from '../components/Alert'
import { FIRST_RUN_DONE_KEY, isSetUp } from './first-run'
import { FirstRunScreen } from './FirstRunScreen'

/**
 * On a new installation, before anything else: the first-run screen asks for the coordinator's profile and the
 * La Poste signatory, so that no convention is blocked at review for want of them. Shown until filled in or put
 * off (« Plus tard »); Réglages hold the same values afterwards.
 */
export function FirstRunGate({ children }: { children: ReactNode }) {
  const [done, setDone] = useState(() => localStorage.getItem(FIRST_RUN_DONE_KEY) !== null)
  const { data: settings, error } = useQuery(
    () => (done ? Promise.resolve(null) : unwrap(api().settings.get({}))),
    [done]
  )
  if (done || (settings && isSetUp(settings))) return <>{children}</>
  if (error) return <Alert tone="error">{error}</Alert>
  if (!settings) return <p className="loading">Ouverture…</p>
  return (
    <FirstRunScreen
      settings={settings}
      onDone={() => {
        localStorage.setItem(FIRST_RUN_DONE_KEY, new Date().toISOString())
        setDone(true)
      }}
    />
  )
}
