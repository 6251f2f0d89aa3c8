import { useId, useState, type FormEvent } from 'react'
import type { CommitteeMeeting } from '@shared/domain/follow-up'
import type { FieldErrors } from '@shared/errors'
import { ApiError, api, errorMessage, unwrap } from '../../api/client'
import { Alert } from '../../components/Alert'
import { fieldError } from './field-error-text'

interface MeetingFormProps {
  agreementId: number
  /** A meeting to correct; a new one otherwise. */
  meeting?: CommitteeMeeting
  defaultDate: string
  onSaved: () => void
  onCancel?: () => void
}

/** A committee meeting: its date, who attended (one per line) and what was decided. */
export function MeetingForm({ agreementId, meeting, defaultDate, onSaved, onCancel }: MeetingFormProps) {
  const id = useId()
  const [heldOn, setHeldOn] = useState(meeting?.heldOn ?? defaultDate)
  const [attendees, setAttendees] = useState(meeting?.attendees.join('\n') ?? '')
  const [decisions, setDecisions] = useState(meeting?.decisions ?? '')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [failure, setFailure] = useState<string>()
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    setBusy(true)
    setErrors({})
    setFailure(undefined)
    try {
      await unwrap(
        api().followUp.saveMeeting({
          agreementId,
          ...(meeting ? { id: meeting.id } : {}),
          heldOn,
          attendees: attendees
            .split('\n')
            .map((line) => line.trim())
            .filter((line) => line !== ''),
          decisions
        })
      )
      if (!meeting) {
        setAttendees('')
        setDecisions('')
      }
      onSaved()
    } catch (error) {
      if (error instanceof ApiError) setErrors(error.fieldErrors)
      setFailure(errorMessage(error))
    } finally {
      setBusy(false)
    }
  }

  const described = (field: string) => (fieldError(errors, field) ? `${id}-${field}-error` : undefined)
  return (
    <form
      className="form meeting-form"
      noValidate
      onSubmit={(event) => void submit(event)}
      aria-label={meeting ? 'Corriger le comité' : 'Nouveau comité de suivi'}
    >
      {failure ? <Alert tone="error">{failure}</Alert> : null}
      <div className={`field field--short${fieldError(errors, 'heldOn') ? ' field--invalid' : ''}`}>
        <label htmlFor={`${id}-date`}>Date du comité</label>
        <input
          id={`${id}-date`}
          type="date"
          required
          value={heldOn}
          aria-invalid={fieldError(errors, 'heldOn') ? true : undefined}
          aria-describedby={described('heldOn')}
          onChange={(event) => setHeldOn(event.target.value)}
        />
        {fieldError(errors, 'heldOn') ? (
          <p id={`${id}-heldOn-error`} className="field-error">
            {fieldError(errors, 'heldOn')}
          </p>
        ) : null}
      </div>
      <div className={`field${fieldError(errors, 'attendees') ? ' field--invalid' : ''}`}>
        <label htmlFor={`${id}-attendees`}>Participants (un par ligne)</label>
        <textarea
          id={`${id}-attendees`}
          rows={3}
          required
          value={attendees}
          aria-invalid={fieldError(errors, 'attendees') ? true : undefined}
          aria-describedby={described('attendees')}
          onChange={(event) => setAttendees(event.target.value)}
        />
        {fieldError(errors, 'attendees') ? (
          <p id={`${id}-attendees-error`} className="field-error">
            {fieldError(errors, 'attendees')}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={`${id}-decisions`}>Décisions</label>
        <textarea
          id={`${id}-decisions`}
          rows={3}
          value={decisions}
          onChange={(event) => setDecisions(event.target.value)}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Enregistrement…' : meeting ? 'Enregistrer la correction' : 'Enregistrer le comité'}
        </button>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            Annuler
          </button>
        ) : null}
      </div>
    </form>
  )
}
