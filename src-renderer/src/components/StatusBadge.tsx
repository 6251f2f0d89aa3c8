import { AGREEMENT_STATUS_LABELS, type AgreementStatus } from '@shared/domain/agreement'

/**
 * An agreement's status: its words, its own colour and its own glyph (drawn by the stylesheet, `.status--*`), so
 * that statuses differ by shape as well as by colour, never by colour alone.
 */
export function StatusBadge({ status }: { status: AgreementStatus }) {
  return <span className={`status status--${status}`}>{AGREEMENT_STATUS_LABELS[status]}</span>
}
