import { useId, useState } from 'react'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { api, errorMessage, unwrap } from '../../api/client'
import { useQuery } from '../../api/use-query'
import { Alert } from '../../components/Alert'
import { PageHeader } from '../../components/PageHeader'

/** Starts an agreement from a local need and a partner; the wizard takes over from step 2. */
export function NewAgreementPage() {
  const navigate = useNavigate()
  const [searchParams] = useSearchParams()
  const id = useId()
  const [needId, setNeedId] = useState(searchParams.get('besoin') ?? '')
  const [partnerId, setPartnerId] = useState('')
  const [error, setError] = useState<string>()
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({})
  const [busy, setBusy] = useState(false)
  const { data: needs } = useQuery(() => unwrap(api().needs.list({ limit: 10_000 })), [])
  const { data: partners } = useQuery(() => unwrap(api().partners.list({ limit: 10_000 })), [])

  async function start() {
    const missing: Record<string, string> = {}
    if (needId === '') missing['needId'] = 'Choisissez le besoin local.'
    if (partnerId === '') missing['partnerId'] = 'Choisissez la structure partenaire.'
    setFieldErrors(missing)
    if (Object.keys(missing).length > 0) {
      document.getElementById(`${id}-${Object.keys(missing)[0]}`)?.focus()
      return
    }
    setBusy(true)
    try {
      const view = await unwrap(
        api().agreements.create({ needId: Number(needId), partnerId: Number(partnerId) })
      )
      await navigate(`/conventions/${view.agreement.id}/etape/2`)
    } catch (failure) {
      setError(errorMessage(failure))
      setBusy(false)
    }
  }

  const fieldError = (key: string) =>
    fieldErrors[key] ? (
      <p id={`${id}-${key}-error`} className="field-error">
        {fieldErrors[key]}
      </p>
    ) : null

  return (
    <>
      <PageHeader title="Nouvelle convention">
        <p className="page-subtitle">
          <Link to="/conventions">← Registre</Link>
        </p>
      </PageHeader>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          void start()
        }}
        aria-label="Nouvelle convention"
      >
        <div className={`field${fieldErrors['needId'] ? ' field--invalid' : ''}`}>
          <label htmlFor={`${id}-needId`}>1. Besoin local</label>
          <select
            id={`${id}-needId`}
            value={needId}
            onChange={(event) => setNeedId(event.target.value)}
            aria-invalid={fieldErrors['needId'] ? true : undefined}
            aria-describedby={fieldErrors['needId'] ? `${id}-needId-error` : undefined}
          >
            <option value="">Choisir un besoin…</option>
            {(needs ?? []).map((need) => (
              <option key={need.id} value={need.id}>
                {need.title}
              </option>
            ))}
          </select>
          {fieldError('needId')}
          <p className="field-hint">
            Pas encore enregistré ? <Link to="/besoins/nouveau">Décrire un besoin local</Link>
          </p>
        </div>
        <div className={`field${fieldErrors['partnerId'] ? ' field--invalid' : ''}`}>
          <label htmlFor={`${id}-partnerId`}>2. Structure partenaire</label>
          <select
            id={`${id}-partnerId`}
            value={partnerId}
            onChange={(event) => setPartnerId(event.target.value)}
            aria-invalid={fieldErrors['partnerId'] ? true : undefined}
            aria-describedby={fieldErrors['partnerId'] ? `${id}-partnerId-error` : undefined}
          >
            <option value="">Choisir une structure…</option>
            {(partners ?? []).map((partner) => (
              <option key={partner.id} value={partner.id}>
                {partner.commune ? `${partner.name} (${partner.commune})` : partner.name}
              </option>
            ))}
          </select>
          {fieldError('partnerId')}
          <p className="field-hint">
            Nouvelle structure ? <Link to="/partenaires/nouveau">L’enregistrer</Link>
          </p>
        </div>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Création…' : 'Commencer la convention'}
          </button>
        </div>
      </form>
    </>
  )
}
