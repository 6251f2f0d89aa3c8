import { useState } from 'react'
import type { FollowUpView } from '@shared/domain/follow-up'
import { formatDate } from '../../format'
import { MeetingForm } from './MeetingForm'
import { MinutesControls } from './MinutesControls'

interface MeetingsPanelProps {
  view: FollowUpView
  today: string
  onChanged: () => void
}

/** Follow-up committee: meetings held or planned, with their attendees, decisions and minutes. */
export function MeetingsPanel({ view, today, onChanged }: MeetingsPanelProps) {
  const [editing, setEditing] = useState<number>()
  const canRecord = view.agreement.status !== 'draft' && view.agreement.status !== 'ready_for_signature'
  const rhythm = view.agreement.meetingsPerYear
  return (
    <section className="panel" aria-labelledby="comites">
      <h2 id="comites" tabIndex={-1}>
        Comité de suivi
      </h2>
      <p className="muted">
        {rhythm
          ? `${rhythm} réunion${rhythm > 1 ? 's' : ''} par an prévue${rhythm > 1 ? 's' : ''} par la convention.`
          : 'La convention ne fixe pas de rythme de réunion.'}
        {view.nextCommitteeDue ? ` Prochain comité attendu le ${formatDate(view.nextCommitteeDue)}.` : ''}
      </p>
      {view.meetings.length === 0 ? <p>Aucun comité enregistré.</p> : null}
      <ol className="meetings">
        {view.meetings.map((meeting) => (
          <li key={meeting.id} className="meeting">
            {editing === meeting.id ? (
              <MeetingForm
                agreementId={view.agreement.id}
                meeting={meeting}
                defaultDate={meeting.heldOn}
                onCancel={() => setEditing(undefined)}
                onSaved={() => {
                  setEditing(undefined)
                  onChanged()
                }}
              />
            ) : (
              <>
                <h3>
                  Comité du {formatDate(meeting.heldOn)}
                  {meeting.heldOn > today ? <span className="badge">Prévu</span> : null}
                </h3>
                <p>
                  <span className="muted">Participants : </span>
                  {meeting.attendees.join(', ')}
                </p>
                {meeting.decisions ? (
                  <p className="meeting-decisions">
                    <span className="muted">Décisions : </span>
                    {meeting.decisions}
                  </p>
                ) : null}
                <MinutesControls meeting={meeting} onChanged={onChanged} />
                <button type="button" className="button button--quiet" onClick={() => setEditing(meeting.id)}>
                  Corriger
                </button>
              </>
            )}
          </li>
        ))}
      </ol>
      {canRecord ? (
        <details className="add-meeting" open={view.meetings.length === 0}>
          <summary>Enregistrer un comité</summary>
          <MeetingForm agreementId={view.agreement.id} defaultDate={today} onSaved={onChanged} />
        </details>
      ) : (
        <p className="muted">Les comités s’enregistrent une fois la convention signée.</p>
      )}
    </section>
  )
}
