import { useId, useState } from 'react'
import type { CommitteeMeeting } from '@shared/domain/follow-up'
import { MAX_MINUTES_BYTES } from '@shared/schemas/follow-up.schema'
import { formatByteSize } from '@shared/format/byte-size'
import { ApiError, api, unwrap } from '../../api/client'
import { fileToBase64 } from '../documents/file-bytes'
import { useBusyAction } from '../../components/use-busy-action'

/** The minutes of one meeting: attach a file (checked in main), or save the attached one elsewhere. */
export function MinutesControls({
  meeting,
  onChanged
}: {
  meeting: CommitteeMeeting
  onChanged: () => void
}) {
  const id = useId()
  const [saved, setSaved] = useState<string>()
  const attach = useBusyAction(async (file: File) => {
    if (file.size > MAX_MINUTES_BYTES)
      throw new ApiError('VALIDATION', 'Fichier trop volumineux (15 Mo au plus).')
    await unwrap(
      api().followUp.attachMinutes({
        meetingId: meeting.id,
        fileName: file.name,
        dataBase64: await fileToBase64(file)
      })
    )
    onChanged()
  })
  const saveAs = useBusyAction(async () => {
    const outcome = await unwrap(api().followUp.saveMinutesAs({ meetingId: meeting.id }))
    if (outcome) setSaved(`Enregistré : ${outcome.savedTo}`)
  })
  return (
    <div className="minutes">
      {meeting.minutes ? (
        <p>
          Compte rendu : <strong>{meeting.minutes.originalName}</strong>{' '}
          <span className="muted">({formatByteSize(meeting.minutes.sizeBytes)})</span>{' '}
          <button
            type="button"
            className="button button--quiet"
            disabled={saveAs.busy}
            onClick={() => void saveAs.run()}
          >
            Enregistrer sous…
          </button>
        </p>
      ) : null}
      <input
        id={id}
        className="visually-hidden"
        type="file"
        accept=".pdf,.docx,.odt,.png,.jpg,.jpeg"
        disabled={attach.busy}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const file = event.target.files?.[0]
          event.target.value = ''
          if (file) void attach.run(file)
        }}
      />
      <label htmlFor={id} className="button button--quiet minutes-upload">
        {attach.busy
          ? 'Envoi du fichier…'
          : meeting.minutes
            ? 'Remplacer le compte rendu'
            : 'Joindre le compte rendu'}
      </label>
      <span id={`${id}-hint`} className="muted">
        {' '}
        PDF, Word, OpenDocument, PNG ou JPEG, 15 Mo au plus.
      </span>
      {attach.error ? (
        <p className="field-error" role="alert">
          {attach.error}
        </p>
      ) : null}
      {saveAs.error ? (
        <p className="field-error" role="alert">
          {saveAs.error}
        </p>
      ) : null}
      {saved ? <p role="status">{saved}</p> : null}
    </div>
  )
}
