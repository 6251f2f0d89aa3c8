import type { AppServices } from '../../../src-main/services/app-services'

/** Settings as a coordinator fills them in before issuing conventions: La Poste's party complete. */
export function configureLaPoste(services: AppServices) {
  return services.settings.update({
    coordinator: {
      name: 'Claire Martin',
      email: 'claire.martin@laposte.fr',
      region: 'Nouvelle-Aquitaine',
      department: '33'
    },
    laPosteParty: {
      legalName: 'La Poste',
      legalForm: 'société anonyme',
      shareCapitalEuros: '5 620 325 816',
      rcsCity: 'Paris',
      rcsNumber: '356 000 000',
      address: '9 rue du Colonel Pierre Avia, 75015 Paris',
      registration: '',
      regionalDirection: 'Direction régionale Nouvelle-Aquitaine',
      regionalDirectionCity: 'Bordeaux',
      defaultSignatoryName: 'Claire Martin',
      defaultSignatoryTitle: 'directrice régionale',
      delegationDate: '2026-03-02'
    }
  })
}
