import { useCallback, useRef, useState } from 'react'
import { Link, useBlocker, useNavigate, useParams } from 'react-router'
import type { PartnerInput } from '@shared/schemas/partner.schema'
import { api, errorMessage, unwrap } from '../../api/client'
import { useQuery } from '../../api/use-query'
import { ActionButton } from '../../components/ActionButton'
import { Alert } from '../../components/Alert'
import { PageHeader } from '../../components/PageHeader'
import { ContactErasurePanel } from './ContactErasurePanel'
import { PartnerAgreements } from '../follow-up/PartnerAgreements'
import { PartnerForm } from './PartnerForm'
import { partnerToFormValues } from './partner-form-values'

/** Creates a partner (`/partenaires/nouveau`) or edits one (`/partenaires/:id`). */
export function PartnerEditPage() {
  const params = useParams()
  const partnerId = params['partnerId'] ? Number(params['partnerId']) : undefined
  const navigate = useNavigate()
  // Refs, not state: the blocker must see a save made just before navigating away.
  const hasUnsavedChanges = useRef(false)
  const onDirtyChange = useCallback((dirty: boolean) => {
    hasUnsavedChanges.current = dirty
  }, [])
  const [archiveError, setArchiveError] = useState<string>()
  const {
    data: partner,
    error,
    reload
  } = useQuery(
    () =>
      partnerId === undefined ? Promise.resolve(undefined) : unwrap(api().partners.get({ id: partnerId })),
    [partnerId]
  )

  // Leaving with unsaved changes asks first.
  const blocker = useBlocker(() => hasUnsavedChanges.current)

  async function save(values: PartnerInput) {
    const result =
      partnerId === undefined
        ? await unwrap(api().partners.create(values))
        : await unwrap(api().partners.update({ id: partnerId, data: values }))
    hasUnsavedChanges.current = false
    await navigate('/partenaires', { state: { flash: `« ${result.name} » est enregistré.` } })
  }

  async function toggleArchived() {
    if (!partner) return
    setArchiveError(undefined)
    try {
      await unwrap(api().partners.setArchived({ id: partner.id, archived: !partner.archived }))
      reload()
    } catch (failure) {
      setArchiveError(errorMessage(failure))
    }
  }

  if (error) return <Alert tone="error">{error}</Alert>
  if (partnerId !== undefined && !partner) return <p className="loading">Chargement…</p>

  return (
    <>
      <PageHeader
        title={partner ? partner.name : 'Nouveau partenaire'}
        actions={
          partner ? (
            <ActionButton onAction={toggleArchived} busyLabel="Enregistrement…">
              {partner.archived ? 'Désarchiver' : 'Archiver'}
            </ActionButton>
          ) : null
        }
      >
        <p className="page-subtitle">
          <Link to="/partenaires">← Retour aux partenaires</Link>
          {partner?.archived ? <span className="badge">Archivé</span> : null}
        </p>
      </PageHeader>
      {archiveError ? <Alert tone="error">{archiveError}</Alert> : null}
      {blocker.state === 'blocked' ? (
        <div className="confirm-bar" role="alertdialog" aria-label="Modifications non enregistrées">
          <p>Vous avez des modifications non enregistrées. Quitter quand même ?</p>
          <button type="button" className="button" onClick={() => blocker.reset()} autoFocus>
            Rester sur la fiche
          </button>
          <button type="button" className="button button--danger" onClick={() => blocker.proceed()}>
            Quitter sans enregistrer
          </button>
        </div>
      ) : null}
      <PartnerForm
        // A new form when the stored partner changes (an edit, or an erased contact).
        key={
          partner
            ? `${partner.updatedAt}-${partner.contacts.map((contact) => contact.name).join('|')}`
            : 'new'
        }
        draftKey={`partner:${partner?.id ?? 'new'}`}
        initialValues={partnerToFormValues(partner)}
        submitLabel={partner ? 'Enregistrer les modifications' : 'Enregistrer le partenaire'}
        onSubmit={save}
        onDirtyChange={onDirtyChange}
      />
      {partner ? <PartnerAgreements partnerId={partner.id} /> : null}
      {partner ? <ContactErasurePanel contacts={partner.contacts} onErased={reload} /> : null}
    </>
  )
}
