import { useState } from 'react'
import { api, unwrap } from '../../api/client'
import { Alert } from '../../components/Alert'
import { useBusyAction } from '../../components/use-busy-action'

/** Exports the reminders as an .ics file (save dialog in main), with an optional period. */
export function CalendarExportButton() {
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const [saved, setSaved] = useState<string>()
  const exportCalendar = useBusyAction(async () => {
    setSaved(undefined)
    const outcome = await unwrap(api().calendar.export({ ...(from ? { from } : {}), ...(to ? { to } : {}) }))
    if (outcome)
      setSaved(
        `${outcome.eventCount} échéance${outcome.eventCount > 1 ? 's' : ''} exportée${outcome.eventCount > 1 ? 's' : ''} dans ${outcome.savedTo}.`
      )
  })
  return (
    <details className="calendar-export">
      <summary>Exporter les échéances (Outlook)</summary>
      <div className="calendar-export-body">
        <p className="muted">
          Fins de convention, dates limites de préavis, comités de suivi et dates de remise des résultats, au
          format iCalendar (.ics) : à ouvrir ou importer dans Outlook.
        </p>
        <div className="field-row">
          <div className="field field--short">
            <label htmlFor="calendar-from">Du (facultatif)</label>
            <input
              id="calendar-from"
              type="date"
              value={from}
              onChange={(event) => setFrom(event.target.value)}
            />
          </div>
          <div className="field field--short">
            <label htmlFor="calendar-to">Au (facultatif)</label>
            <input id="calendar-to" type="date" value={to} onChange={(event) => setTo(event.target.value)} />
          </div>
        </div>
        <button
          type="button"
          className="button button--primary"
          disabled={exportCalendar.busy}
          onClick={() => void exportCalendar.run()}
        >
          {exportCalendar.busy ? 'Export en cours…' : 'Exporter le calendrier (.ics)'}
        </button>
        {exportCalendar.error ? <Alert tone="error">{exportCalendar.error}</Alert> : null}
        {saved ? <Alert tone="success">{saved}</Alert> : null}
      </div>
    </details>
  )
}
