import { AGREEMENT_STATUS_LABELS, type AgreementStatus } from '@shared/domain/agreement'

/** A glyph per status, so that statuses differ by shape as well as by colour. */
const STATUS_GLYPHS: Record<AgreementStatus, string> = {
  draft: '✎',
  ready_for_signature: '✍',
  signed: '✓',
  active: '▶',
  ended: '■',
  terminated: '✕'
}

/** An agreement's status: its words, its own colour and its own glyph (never the colour alone). */
export function StatusBadge({ status }: { status: AgreementStatus }) {
  return (
    <span className={`status status--${status}`}>
      <span className="status-glyph" aria-hidden="true">
        {STATUS_GLYPHS[status]}
      </span>
      {AGREEMENT_STATUS_LABELS[status]}
    </span>
  )
}
