import { useNavigate } from 'react-router'
import { api, unwrap } from '../../../api/client'
import { ActionButton } from '../../../components/ActionButton'

/** Starts a new draft from this agreement (new reference, same content), and opens it. */
export function DuplicateButton({ agreementId }: { agreementId: number }) {
  const navigate = useNavigate()
  return (
    <ActionButton
      busyLabel="Duplication…"
      onAction={async () => {
        const copy = await unwrap(api().agreements.duplicate({ id: agreementId }))
        await navigate(`/conventions/${copy.agreement.id}/etape/1`)
      }}
    >
      Dupliquer
    </ActionButton>
  )
}
