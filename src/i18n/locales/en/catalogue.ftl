# Default catalogue (OCMW Oostende, edition 2024): the texts of each offer.
# Ids: offer-<offer id>-<field>. The Dutch text in the catalogue file is the binding one.

catalogue-name = OCMW Oostende

offer-regulier-werk-name = A job in the regular economy
offer-regulier-werk-provider = Employers, with help from VDAB
offer-regulier-werk-description = An ordinary job with an employer or as a self-employed person, without special support.
offer-regulier-werk-allowance = A wage under the sector's collective agreement

offer-eho-begeleiding-name = Intensive job guidance
offer-eho-begeleiding-provider = Economisch Huis Oostende (EHO)
offer-eho-begeleiding-description = Looking for work together, with language coaching for jobseekers with a migration background. The file is reviewed together after three months.
offer-eho-begeleiding-duration = At most 12 months

offer-interim-name = Temporary agency work
offer-interim-provider = Temp agencies in Oostende
offer-interim-description = Meeting employers through a temp agency; anonymous candidate forms are possible.
offer-interim-allowance = Wage of the assignment

offer-vakbond-loopbaan-name = Career and keep-up advice
offer-vakbond-loopbaan-provider = Trade unions ACV, ABVV and ACLVB
offer-vakbond-loopbaan-description = Help with a job-search plan, a CV, the VDAB account and one's rights, also when returning after illness. Open to non-members.
offer-vakbond-loopbaan-allowance = Free

offer-twe-name = Temporary work experience (TWE) with the OCMW
offer-twe-provider = OCMW Oostende, employment service
offer-twe-description = A work-experience trajectory: first a month of BVS, then a contract under article 60.
offer-twe-duration = 24 months

offer-bvs-name = Job-exploration placement (BVS)
offer-bvs-provider = OCMW Oostende, employment service
offer-bvs-description = A short placement on the work floor to get to know a job, as the first step of TWE.
offer-bvs-allowance = Leefloon plus €1 an hour
offer-bvs-duration = At most 1 month

offer-artikel-60-name = Employment under article 60 §7
offer-artikel-60-provider = OCMW Oostende, employment service
offer-artikel-60-description = A paid job through the OCMW, with a workplace coach who evaluates every three months.
offer-artikel-60-allowance = A wage instead of the leefloon
offer-artikel-60-duration = Under 36: one year; 36 to 49: eighteen months; 50 and over: two years
offer-artikel-60-conditions = For clients of the OCMW; a welcome brochure one month before the start

offer-nazorg-twe-name = Aftercare after TWE
offer-nazorg-twe-provider = OCMW Oostende, employment service
offer-nazorg-twe-description = Follow-up after an article 60 contract, with a warm handover to VDAB, on the way to a regular job.

offer-glow-name = GLOW (Growing and Learning on the Work Floor)
offer-glow-provider = VDAB (Flemish employment service), with partners
offer-glow-description = An intensive trajectory of learning in the workplace, built around a WES or IBO, with extra language support. For jobseekers with a work disability or with several problems at once.
offer-glow-duration = At most 24 months

offer-wes-name = Work-experience internship (WES)
offer-wes-provider = VDAB (Flemish employment service)
offer-wes-description = An internship to gain work experience with an employer.
offer-wes-duration = At most 6 months
offer-wes-conditions = Only after an article 60 contract

offer-ibo-name = Individual vocational training (IBO)
offer-ibo-provider = VDAB (Flemish employment service)
offer-ibo-description = Learning on the job with an employer who then hires the person.
offer-ibo-allowance = A premium and allowances for travel and childcare
offer-ibo-duration = 1 to 6 months
offer-ibo-conditions = Registered at VDAB, did not quit the previous job, never worked for that employer before

offer-bis-name = Paid work-immersion internship (BIS)
offer-bis-provider = Employers, through VDAB
offer-bis-description = A paid internship to learn a trade from the inside.
offer-bis-allowance = An internship allowance
offer-bis-duration = At most 6 months

offer-individueel-maatwerk-name = Individual custom work
offer-individueel-maatwerk-provider = Employers, with support from the Flemish government
offer-individueel-maatwerk-description = A job with a regular employer, who gets support for the extra guidance.
offer-individueel-maatwerk-allowance = A wage

offer-collectief-maatwerk-name = Collective custom work
offer-collectief-maatwerk-provider = Oesterbank, vzw De Duinenwacht, Kringwinkel, Groep Intro
offer-collectief-maatwerk-description = Work in a custom-work company of the social economy, with tailored guidance.
offer-collectief-maatwerk-allowance = A wage
offer-collectief-maatwerk-conditions = For people with an employment disability

offer-btom-name = Work with special support measures (BTOM)
offer-btom-provider = VDAB (Flemish employment service)
offer-btom-description = Support in a regular job: a sign-language interpreter, an adapted workstation, work tools or travel costs.

offer-wijk-werken-name = Neighbourhood work (wijk-werken)
offer-wijk-werken-provider = vzw Perspectief
offer-wijk-werken-description = Small jobs for people, schools or associations in the neighbourhood, to gain experience. Reviewed together every six months.
offer-wijk-werken-allowance = €4.10 an hour, tax-free; at most 60 hours a month and 630 hours a year
offer-wijk-werken-duration = At most 12 months
offer-wijk-werken-conditions = For clients of VDAB, the OCMW or GTB

offer-vrijwilligerswerk-name = Volunteering
offer-vrijwilligerswerk-provider = FMDO and vzw Perspectief
offer-vrijwilligerswerk-description = Helping out in an organisation: meeting people, being of use and gaining experience.
offer-vrijwilligerswerk-allowance = Unpaid in principle; sometimes an expense allowance that differs per organisation (vzw Perspectief: €4.10 an hour)

offer-8400-talenten-name = 8400 Talenten
offer-8400-talenten-provider = FMDO
offer-8400-talenten-description = Newcomers are matched with an organisation to practise Dutch and volunteer.
offer-8400-talenten-conditions = Dutch at level 1.1

offer-team-up-name = Team Up
offer-team-up-provider = FMDO
offer-team-up-description = A volunteer mentor helps with work vocabulary and with finding a job or internship.
offer-team-up-duration = 6 months

offer-zoekhulp-name = Help with looking for work
offer-zoekhulp-provider = FMDO and VDAB
offer-zoekhulp-description = Looking at vacancies together, writing a CV and cover letter, finding an internship or training.

offer-women-at-work-name = Women@Work
offer-women-at-work-provider = Economisch Huis Oostende and FMDO
offer-women-at-work-description = A trajectory for women who want to take the step towards work.

offer-module-solliciteren-name = Job-application module
offer-module-solliciteren-provider = CVO Miras
offer-module-solliciteren-description = Learning to apply for jobs in Dutch: reading vacancies, phoning, practising an interview.
offer-module-solliciteren-conditions = From level 1.1; for TWE aftercare, the end of an article 60 contract or the orientation phase

offer-taallessen-artikel-60-name = Language lessons during article 60
offer-taallessen-artikel-60-provider = CVO Miras
offer-taallessen-artikel-60-description = Learning Dutch on the work floor, alongside an article 60 contract.
offer-taallessen-artikel-60-conditions = With an article 60 contract

offer-bootcamp2work-name = Bootcamp2Work
offer-bootcamp2work-provider = Economisch Huis Oostende (EHO)
offer-bootcamp2work-description = Dutch in the mornings; orientation, an open learning centre and IT in the afternoons. Modules can be taken separately; whoever finds work may stop.
offer-bootcamp2work-duration = 5 weeks

offer-sollicitatietraining-name = Job-application training
offer-sollicitatietraining-provider = OCMW Oostende, employment service
offer-sollicitatietraining-description = Practising job applications in a small group.
offer-sollicitatietraining-duration = 4 half-days

offer-rijbewijs-b-name = Help with a driving licence B
offer-rijbewijs-b-provider = Economisch Huis Oostende, CVO Scala and KTA
offer-rijbewijs-b-description = Theory lessons and practice on a driving simulator, so that work further away comes within reach.

offer-heftruck-name = Forklift training
offer-heftruck-provider = Economisch Huis Oostende and VDAB
offer-heftruck-description = Theory at the Economisch Huis and practice at VDAB in Rekkem.
offer-heftruck-duration = 10 days of theory and 20 days of practice

offer-horeca-forma-name = Bartender course
offer-horeca-forma-provider = Horeca Forma
offer-horeca-forma-description = A short course to work behind a bar.

offer-sdv-zoekhulp-name = Job-search help for non-Dutch speakers
offer-sdv-zoekhulp-provider = Samen Divers
offer-sdv-zoekhulp-description = Help with a career file, uploading a CV, reading vacancies and finding training, also with little schooling.

offer-computer-basis-name = Basic computer course
offer-computer-basis-provider = Samen Divers
offer-computer-basis-description = Learning to use a computer, with a certificate at the end.
offer-computer-basis-duration = 5 lessons

offer-ama-name = Work-like activity (AMA)
offer-ama-provider = OCMW Oostende, employment service
offer-ama-description = A few hours a week of meaningful activity under supervision: structure, contact with others and personal growth.
offer-ama-allowance = A small hourly allowance
offer-ama-conditions = For people with medical, mental or social barriers

offer-spuitenpatrouille-name = Needle patrol (Spuitenpatrouille)
offer-spuitenpatrouille-provider = OCMW Oostende, employment service
offer-spuitenpatrouille-description = Safely collecting discarded needles in town, with a steady team.
offer-spuitenpatrouille-allowance = €8 per half-day
offer-spuitenpatrouille-duration = Twice 2 hours a week
offer-spuitenpatrouille-conditions = For people with (suspected) substance use or in recovery

offer-ama-sociale-economie-name = AMA in the social economy
offer-ama-sociale-economie-provider = GTB, with the OCMW
offer-ama-sociale-economie-description = A work-like activity in a social-economy company.
offer-ama-sociale-economie-conditions = After an intake at GTB

offer-werklabo-name = WerkLabo
offer-werklabo-provider = OCMW Oostende, employment service
offer-werklabo-description = Eight kinds of tasks to discover together what someone can do and enjoys.

offer-ama-zwerfvuil-name = AMA litter picking
offer-ama-zwerfvuil-provider = OCMW Oostende, employment service
offer-ama-zwerfvuil-description = Picking up litter in the neighbourhood, in a small team.

offer-ama-poetsen-name = AMA cleaning
offer-ama-poetsen-provider = OCMW Oostende, employment service
offer-ama-poetsen-description = Cleaning tasks under supervision, at a steady rhythm.

offer-taaltraject-scala-name = Learning Dutch at CVO Scala
offer-taaltraject-scala-provider = CVO Scala
offer-taaltraject-scala-description = Lessons in Dutch as a second language, at different levels.

offer-taaltraject-miras-name = Learning Dutch at CVO Miras
offer-taaltraject-miras-provider = CVO Miras
offer-taaltraject-miras-description = Lessons in Dutch as a second language, also aimed at work.

offer-taaltraject-ligo-name = Learning Dutch at Ligo
offer-taaltraject-ligo-provider = Ligo, centre for basic education
offer-taaltraject-ligo-description = Learning Dutch at a calm pace, for people who had little or no schooling.

offer-babbelbox-name = Babbelbox
offer-babbelbox-provider = Samen Divers
offer-babbelbox-description = Talking every week in a small group with volunteers, to practise Dutch.
offer-babbelbox-duration = Weekly, following the school calendar
offer-babbelbox-conditions = Dutch at level 1.1

offer-vrouwenklap-name = Vrouwenklap
offer-vrouwenklap-provider = FMDO
offer-vrouwenklap-description = Meeting and talking every week, for women with a migration background.
offer-vrouwenklap-duration = Weekly

offer-praattafels-name = Conversation tables
offer-praattafels-provider = Antenne
offer-praattafels-description = Practising Dutch at a table with others.

offer-hardop-lezen-name = Reading aloud
offer-hardop-lezen-provider = Oostende public library
offer-hardop-lezen-description = Reading aloud together at the library.

offer-samen-lezen-nt2-name = Reading together for learners of Dutch
offer-samen-lezen-nt2-provider = Oostende public library
offer-samen-lezen-nt2-description = A reading group for people learning Dutch as a second language.

offer-maatschappelijke-orientatie-name = Social-orientation course
offer-maatschappelijke-orientatie-provider = Agency for Integration and Civic Integration
offer-maatschappelijke-orientatie-description = Learning how society in Flanders works, in one's own language, with a test at the end.
offer-maatschappelijke-orientatie-duration = 60 hours

offer-participatietraject-name = Civic-integration participation trajectory
offer-participatietraject-provider = Agency for Integration and Civic Integration
offer-participatietraject-description = Introductory placements, a buddy or volunteering to get to know people.
offer-participatietraject-duration = 40 hours

offer-zorg-eerst-name = Care and wellbeing first
offer-zorg-eerst-provider = OCMW Oostende, social work
offer-zorg-eerst-description = No guidance towards work yet: first working together on health, housing or other concerns.

offer-thuisbezoek-name = Contact at home
offer-thuisbezoek-provider = OCMW Oostende, social work
offer-thuisbezoek-description = The social worker visits and keeps in touch, at the person's own pace.
