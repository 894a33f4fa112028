# The agreement on social partnership and cooperation: default texts.
# One clause is one message; the app adds the clause numbers (1.1, 1.2 …).
# Arguments: $org, $org_short, $org_head_position (e.g. “director”), $org_head_name,
# $partner, $partner_head_position, $partner_head_name, $city, $date, $number, $valid_from, $valid_to.

## Heading and preamble
agreement-doc-title = AGREEMENT
agreement-doc-subtitle = on social partnership and cooperation
agreement-doc-number = No. { $number }
agreement-city-date = { $city }
agreement-preamble = { $org } (the “Organisation”), represented by its { $org_in_person }, acting under its Charter, of the one part, and { $partner } (the “Partner”), represented by its { $partner_in_person }, acting under its Charter, of the other part, together the “Parties”, have concluded this Agreement as follows:

## Sections
agreement-section-subject = SUBJECT OF THE AGREEMENT
agreement-section-general = GENERAL PROVISIONS
agreement-section-org-obligations = RIGHTS AND OBLIGATIONS OF THE ORGANISATION
agreement-section-partner-obligations = RIGHTS AND OBLIGATIONS OF THE PARTNER
agreement-section-children-safety = RESPONSIBILITY FOR THE LIFE AND HEALTH OF CHILDREN
agreement-section-term = TERM OF THE AGREEMENT
agreement-section-termination = AMENDMENT AND TERMINATION
agreement-section-final = FINAL PROVISIONS
agreement-section-requisites = DETAILS AND SIGNATURES OF THE PARTIES

## 1. Subject of the agreement
agreement-subject-1 = The subject of this Agreement is cooperation between the Parties in organising and holding joint events for the pupils of the Organisation in accordance with the joint plan of work for the academic year.
agreement-subject-2 = The aims of the cooperation are the upbringing of the pupils, the development of their creative abilities and interests, the forming of their civic values and of a culture of healthy and safe living, and support for their socialisation and career choice.
agreement-subject-3 = The cooperation takes the form of excursions, meetings with interesting people, master classes, open lessons, contests, exhibitions, concerts, campaigns and consultations, and of other forms agreed by the Parties in the joint plan of work.

## 2. General provisions
agreement-general-1 = The Parties cooperate voluntarily and as equals, with mutual respect and regard for the interests of each Party.
agreement-general-2 = This Agreement creates no financial obligations between the Parties. Each Party bears its own costs of performing its obligations under this Agreement, unless the Parties agree otherwise in a separate agreement.
agreement-general-3 = The joint plan of work for the academic year is agreed by the Parties, appended to this Agreement and forms an integral part of it.

## 3. Rights and obligations of the Organisation
agreement-org-1 = The Organisation shall draft the joint plan of work for the academic year, agree it with the Partner and ensure that it is carried out within its competence.
agreement-org-2 = The Organisation shall agree with the Partner in advance the date, time, place, content and number of participants of each joint event.
agreement-org-3 = The Organisation shall ensure that pupils take part in the joint events, appoint the staff responsible for preparing and holding them and, for events held on its own premises, provide the rooms and the necessary equipment.
agreement-org-4 = The Organisation may publish information about the joint activities on its official website, in social media and in the mass media, in compliance with personal data legislation.
agreement-org-5 = The Organisation may propose changes and additions to the joint plan of work, request from the Partner the information needed to perform this Agreement, and involve the pupils’ parents (legal representatives) in the joint events.

## 4. Rights and obligations of the Partner
agreement-partner-1 = The Partner shall take part in agreeing the joint plan of work and hold the events provided for in it within its competence.
agreement-partner-2 = The Partner shall provide rooms, equipment and materials for the joint events and involve its specialists to the extent provided for in the joint plan of work.
agreement-partner-3 = The Partner shall hold events suited to the pupils’ age and needs and inform the Organisation in advance of any change to the date, time or place of an event or of its cancellation.
agreement-partner-4 = The Partner may make proposals on the content and forms of the joint work and on changes and additions to the joint plan of work.
agreement-partner-5 = The Partner may, with the Organisation’s consent, publish information about the joint activities, including photographs and videos showing pupils, on its official website, in social media and in the mass media, in compliance with personal data legislation.

## 5. Responsibility for the life and health of children
agreement-safety-1 = The accompanying teacher appointed by order of the head of the Organisation is responsible for the life and health of the pupils on the way to and from the place of an event and while they are at the Partner’s premises.
agreement-safety-2 = The Partner provides safe conditions for events in its rooms and on its grounds in line with sanitary rules and fire safety requirements; if a threat to the life or health of pupils arises, it immediately informs the accompanying teacher and takes measures to remove the threat.
agreement-safety-3 = Before each event the accompanying teacher instructs the pupils in the rules of safe behaviour, and the Partner acquaints the participants with the rules of conduct and safety requirements in force on its premises.

## 6. Term of the agreement
agreement-term-1 = This Agreement is valid from { $valid_from } to { $valid_to }.
agreement-term-2 = Unless either Party notifies the other in writing of its termination at least one month before this Agreement expires, it is deemed extended for the same term on the same conditions.

## 7. Amendment and termination
agreement-termination-1 = Amendments and additions to this Agreement are made in writing as supplementary agreements signed by both Parties and form an integral part of this Agreement.
agreement-termination-2 = The dates, forms and content of the events in the joint plan of work are adjusted by agreement between the Parties in the ordinary course of work, without a supplementary agreement.
agreement-termination-3 = This Agreement may be terminated early by mutual agreement of the Parties or by either Party giving the other written notice at least one month before the intended date of termination.

## 8. Final provisions
agreement-final-1 = This Agreement is made in two copies in the Kazakh and Russian languages, of equal legal force, one copy for each Party.
agreement-final-2 = Disputes and disagreements arising in the performance of this Agreement are settled by the Parties through negotiation and, failing agreement, in the manner established by law.
agreement-final-3 = Matters not covered by this Agreement are governed by the legislation in force.

## 9. Details and signatures of the Parties
agreement-party-org = Organisation
agreement-party-partner = Partner
agreement-requisites-address = Address
agreement-requisites-bin = BIN
agreement-requisites-bank = Bank details
agreement-requisites-phone = Phone
agreement-requisites-email = E-mail
agreement-stamp-place = Seal
agreement-signature-line-hint = (signature)

## Appendix
agreement-appendix-note = Appendix: joint plan of work for the academic year

## PDF file name
agreement-file-name = Agreement { $number } — { $partner }
agreement-draft-number = unnumbered
