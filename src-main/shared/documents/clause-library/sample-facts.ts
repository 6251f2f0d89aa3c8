import { NBSP } from '../french-format'
import type { ConventionFacts } from './convention-facts'

/** A plausible convention, for previewing a wording in Settings before any real convention uses it. */
export const SAMPLE_CONVENTION_FACTS: ConventionFacts = {
  type: 'economic-cooperation',
  partnerIsTrader: false,
  renewalRule: 'none',
  exclusivityChosen: false,
  nationalFramework: true,
  signatureMode: 'paper-unsigned',
  startDate: `1er${NBSP}janvier${NBSP}2027`,
  endDate: `31${NBSP}décembre${NBSP}2027`,
  duration: `un (1)${NBSP}an`,
  notice: `trois (3)${NBSP}mois`,
  laPosteCourt: 'de Bordeaux',
  headNetwork: 'Fédération des épiceries solidaires',
  partnerNotices: 'Bernard Lafitte, Président, au siège du Partenaire',
  laPosteNotices: 'Claire Martin, Direction régionale Nouvelle-Aquitaine',
  signaturePlace: 'Bordeaux',
  signatureDate: `28${NBSP}novembre${NBSP}2026`,
  annexList: 'l’annexe 1 (fiche du besoin local)'
}
