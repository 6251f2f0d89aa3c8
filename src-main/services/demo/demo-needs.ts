import type { NeedInput } from '../../shared/schemas/need.schema'

/** Sample local needs; the domain is given by code and resolved to its id when seeding. */
export const DEMO_NEEDS: ReadonlyArray<Omit<NeedInput, 'domainId'> & { domainCode: string }> = [
  {
    title: 'Portage de repas en vallée du Lot',
    description: 'Des personnes âgées isolées ne peuvent plus se déplacer pour faire leurs courses.',
    communes: [{ postalCode: '47300', name: 'Villeneuve-sur-Lot' }],
    targetPublic: 'Personnes âgées isolées',
    peopleReached: 180,
    domainCode: 'home-care',
    identifiedBy: 'Facteurs de la plateforme de Villeneuve-sur-Lot'
  },
  {
    title: 'Logistique de la collecte alimentaire en Gironde',
    description: 'La banque alimentaire manque de bras et de véhicules lors des collectes nationales.',
    communes: [
      { postalCode: '33000', name: 'Bordeaux' },
      { postalCode: '33520', name: 'Bruges' }
    ],
    targetPublic: 'Familles bénéficiaires de l’aide alimentaire',
    peopleReached: 12_000,
    domainCode: 'solidarity-logistics',
    identifiedBy: 'Direction régionale Nouvelle-Aquitaine'
  },
  {
    title: 'Inclusion numérique dans les Landes',
    description: 'Des habitants éloignés du numérique ne parviennent plus à faire leurs démarches en ligne.',
    communes: [{ postalCode: '40000', name: 'Mont-de-Marsan' }],
    targetPublic: 'Personnes éloignées du numérique',
    peopleReached: 600,
    domainCode: 'digital-inclusion',
    identifiedBy: 'Bureau de poste de Mont-de-Marsan'
  },
  {
    title: 'Service postal dans un bourg rural du Béarn',
    description: 'Le bureau de poste a fermé ; l’épicerie associative peut reprendre les services postaux.',
    communes: [{ postalCode: '64390', name: 'Sauveterre-de-Béarn' }],
    targetPublic: 'Habitants du bourg et des hameaux',
    peopleReached: 1_400,
    domainCode: 'rural-proximity-services',
    identifiedBy: 'Maire de la commune'
  },
  {
    title: 'Achats inclusifs en Gironde',
    description:
      'Les sites girondins peuvent confier l’entretien et le reconditionnement au secteur protégé.',
    communes: [
      { postalCode: '33250', name: 'Pauillac' },
      { postalCode: '33700', name: 'Mérignac' }
    ],
    targetPublic: 'Travailleurs en situation de handicap ou en insertion',
    peopleReached: 45,
    domainCode: 'employment-integration',
    identifiedBy: 'Service achats régional'
  },
  {
    title: 'Réemploi du mobilier au Pays basque',
    description: 'Le mobilier des bureaux rénovés part à la benne alors qu’il pourrait être réemployé.',
    communes: [{ postalCode: '64100', name: 'Bayonne' }],
    targetPublic: 'Ménages modestes',
    peopleReached: 300,
    domainCode: 'circular-economy',
    identifiedBy: 'Responsable immobilier régional'
  }
]
