import { useId, type ReactNode } from 'react'
import type { HeadNetwork } from '@shared/domain/reference'

export type Scope = 'all' | 'headNetwork' | 'period'

interface ExportScopeFieldsProps {
  scope: Scope
  onScope: (scope: Scope) => void
  headNetworks: readonly HeadNetwork[]
  headNetworkId: string
  onHeadNetworkId: (value: string) => void
  from: string
  onFrom: (value: string) => void
  to: string
  onTo: (value: string) => void
  /** Messages by field: `headNetworkId`, `from`, `to`. */
  errors: Record<string, string>
}

const SCOPES: ReadonlyArray<{ value: Scope; label: string }> = [
  { value: 'all', label: 'Toutes' },
  { value: 'headNetwork', label: 'D’une tête de réseau' },
  { value: 'period', label: 'Par période (date de début)' }
]

/** Which conventions to export, each field with its own message next to it. */
export function ExportScopeFields(props: ExportScopeFieldsProps) {
  const id = useId()
  const field = (name: 'headNetworkId' | 'from' | 'to', label: string, control: ReactNode) => (
    <div className={`field${props.errors[name] ? ' field--invalid' : ''}`}>
      <label htmlFor={`${id}-${name}`}>{label}</label>
      {control}
      {props.errors[name] ? (
        <p id={`${id}-${name}-error`} className="field-error">
          {props.errors[name]}
        </p>
      ) : null}
    </div>
  )
  const aria = (name: string) =>
    props.errors[name] ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-${name}-error` } : {}
  return (
    <>
      <fieldset className="radio-group">
        <legend>Conventions à exporter</legend>
        {SCOPES.map((choice) => (
          <label key={choice.value} className="radio-choice">
            <input
              type="radio"
              name={`${id}-scope`}
              checked={props.scope === choice.value}
              onChange={() => props.onScope(choice.value)}
            />
            {choice.label}
          </label>
        ))}
      </fieldset>
      {props.scope === 'headNetwork'
        ? field(
            'headNetworkId',
            'Tête de réseau',
            <select
              id={`${id}-headNetworkId`}
              value={props.headNetworkId}
              aria-required
              {...aria('headNetworkId')}
              onChange={(event) => props.onHeadNetworkId(event.target.value)}
            >
              <option value="">Choisir…</option>
              {props.headNetworks.map((network) => (
                <option key={network.id} value={network.id}>
                  {network.name}
                </option>
              ))}
            </select>
          )
        : null}
      {props.scope === 'period' ? (
        <div className="field-row">
          {field(
            'from',
            'Début à partir du',
            <input
              id={`${id}-from`}
              type="date"
              value={props.from}
              {...aria('from')}
              onChange={(event) => props.onFrom(event.target.value)}
            />
          )}
          {field(
            'to',
            'Jusqu’au',
            <input
              id={`${id}-to`}
              type="date"
              value={props.to}
              {...aria('to')}
              onChange={(event) => props.onTo(event.target.value)}
            />
          )}
        </div>
      ) : null}
    </>
  )
}
