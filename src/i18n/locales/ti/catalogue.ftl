# Default catalogue (OCMW Oostende, edition 2024): the texts of each offer.
# Ids: offer-<offer id>-<field>. The Dutch text in the catalogue file is the binding one.

catalogue-name = OCMW Oostende

offer-regulier-werk-name = ኣብ ልሙድ ዕዳጋ ስራሕ
offer-regulier-werk-provider = ኣስራሕቲ፣ ብሓገዝ VDAB
offer-regulier-werk-description = ምስ ሓደ ኣስራሒ ወይ ከም ናይ ግሊ ሰራሕተኛ ልሙድ ስራሕ፣ ብዘይ ፍሉይ ደገፍ።
offer-regulier-werk-allowance = ብመሰረት ሓባራዊ ስምምዕ (cao) ናይቲ ዘርፊ ዝውሰን ደሞዝ

offer-eho-begeleiding-name = ብርቱዕ ምኽታል ንስራሕ
offer-eho-begeleiding-provider = Economisch Huis Oostende (EHO)
offer-eho-begeleiding-description = ብሓባር ስራሕ ምንዳይ፣ ካብ ካልእ ሃገር ንዝመጹ ድማ ምስ ናይ ቋንቋ ደገፍ። እቲ ዶሴ ድሕሪ ሰለስተ ወርሒ ብሓባር ይርአ።
offer-eho-begeleiding-duration = ብዝበዝሐ 12 ኣዋርሕ

offer-interim-name = ግዝያዊ ስራሕ ብኤጀንሲ (interim)
offer-interim-provider = ኣብ Oostende ዘለዉ ኤጀንሲታት ግዝያዊ ስራሕ
offer-interim-description = ብኤጀንሲ ግዝያዊ ስራሕ ምስ ኣስራሕቲ ምልላይ፤ ስም ዘይብሉ ፎርም ሕጹይ እውን ይከኣል።
offer-interim-allowance = ደሞዝ ናይቲ ግዝያዊ ስራሕ

offer-vakbond-loopbaan-name = ምኽሪ ሞያን ምዕባለን
offer-vakbond-loopbaan-provider = ማሕበራት ሰራሕተኛታት ACV፣ ABVV ከምኡ'ውን ACLVB
offer-vakbond-loopbaan-description = ሓገዝ ኣብ መደብ ምንዳይ ስራሕ፣ CV፣ ኣካውንት VDAB ከምኡ'ውን መሰላትኩም፣ ድሕሪ ሕማም ናብ ስራሕ ክትምለሱ ከለኹም እውን። ኣባላት ንዘይኮኑ እውን ክፉት እዩ።
offer-vakbond-loopbaan-allowance = ብናጻ

offer-twe-name = ግዝያዊ ናይ ስራሕ ተመኩሮ (TWE) ምስ OCMW
offer-twe-provider = OCMW Oostende፣ ኣገልግሎት ስራሕ
offer-twe-description = መስርሕ ናይ ስራሕ ተመኩሮ፦ መጀመርታ ሓደ ወርሒ BVS፣ ድሕሪኡ ብመሰረት artikel 60 ውዕል።
offer-twe-duration = 24 ኣዋርሕ

offer-bvs-name = ሞያ ንምልላይ ልምምድ (BVS)
offer-bvs-provider = OCMW Oostende፣ ኣገልግሎት ስራሕ
offer-bvs-description = ሓደ ስራሕ ንምፍላጥ ኣብ ቦታ ስራሕ ሓጺር ልምምድ፣ ከም ቀዳማይ ስጉምቲ ናይ TWE።
offer-bvs-allowance = leefloon ምስ ተወሳኺ €1 ኣብ ሰዓት
offer-bvs-duration = ብዝበዝሐ 1 ወርሒ

offer-artikel-60-name = ስራሕ ብመሰረት artikel 60 §7
offer-artikel-60-provider = OCMW Oostende፣ ኣገልግሎት ስራሕ
offer-artikel-60-description = ብOCMW ዝርከብ ክፉል ስራሕ፣ ኣብ ሰለስተ ሰለስተ ወርሒ ዝግምግም ኣሰልጣኒ ቦታ ስራሕ ዘለዎ።
offer-artikel-60-allowance = ኣብ ክንዲ leefloon ደሞዝ
offer-artikel-60-duration = ትሕቲ 36 ዓመት፦ 1 ዓመት፤ 36 ክሳብ 49፦ 18 ኣዋርሕ፤ ካብ 50 ንላዕሊ፦ 2 ዓመት
offer-artikel-60-conditions = ንዓማዊል OCMW፤ ቅድሚ ምጅማሩ ሓደ ወርሒ ናይ እንቋዕ ብደሓን መጻእካ ብሮሹር

offer-nazorg-twe-name = ድሕሪ TWE ምኽታል
offer-nazorg-twe-provider = OCMW Oostende፣ ኣገልግሎት ስራሕ
offer-nazorg-twe-description = ድሕሪ ውዕል artikel 60 ምኽታል፣ ብኣካል ምልላይ ናብ VDAB ምስግጋር፣ ናብ ልሙድ ስራሕ ኣብ መንገዲ።

offer-glow-name = GLOW (Groeien en Leren op de Werkvloer: ኣብ ቦታ ስራሕ ምዕባይን ምምሃርን)
offer-glow-provider = VDAB (ትካል ስራሕ ፍላንደርስ) ምስ መሻርኽቲ
offer-glow-description = ኣብ ቦታ ስራሕ ዝካየድ ሓያል መደብ ትምህርቲ፣ ኣብ ዙርያ WES ወይ IBO፣ ምስ ተወሳኺ ደገፍ ቋንቋ። ንሰብ ስራሕ ደለይቲ ጸገም ስራሕ ወይ ብሓንሳብ ብዙሕ ጸገማት ዘለዎም።
offer-glow-duration = ብዝበዝሐ 24 ኣዋርሕ

offer-wes-name = ልምምድ ተመኩሮ ስራሕ (WES)
offer-wes-provider = VDAB
offer-wes-description = ምስ ሓደ ኣስራሒ ናይ ስራሕ ተመኩሮ ንምርካብ ልምምድ።
offer-wes-duration = ብዝበዝሐ 6 ኣዋርሕ
offer-wes-conditions = ድሕሪ ውዕል artikel 60 ጥራይ

offer-ibo-name = ውልቃዊ ሞያዊ ስልጠና (IBO)
offer-ibo-provider = VDAB
offer-ibo-description = ኣብ ቦታ ስራሕ ምስ ሓደ ኣስራሒ ምምሃር፣ እቲ ኣስራሒ ድሕሪኡ ብስራሕ ይቘጽረኩም።
offer-ibo-allowance = ሽልማት (premie) ከምኡ'ውን ክፍሊት ንመጓዓዝያን ንክንክን ቆልዑን
offer-ibo-duration = ካብ 1 ክሳብ 6 ኣዋርሕ
offer-ibo-conditions = ኣብ VDAB ዝተመዝገበ፣ ነቲ ናይ ቀደም ስራሕ ባዕሉ ዘይገደፈ፣ ምስቲ ኣስራሒ ቅድሚ ሕጂ ሰሪሑ ዘይፈልጥ

offer-bis-name = ክፉል ናይ ሞያ ልምምድ (BIS)
offer-bis-provider = ኣስራሕቲ፣ ብመገዲ VDAB
offer-bis-description = ሞያ ካብ ውሽጢ ንምምሃር ክፉል ልምምድ።
offer-bis-allowance = ክፍሊት ልምምድ
offer-bis-duration = ብዝበዝሐ 6 ኣዋርሕ

offer-individueel-maatwerk-name = ውልቃዊ ፍሉይ ስራሕ (maatwerk)
offer-individueel-maatwerk-provider = ኣስራሕቲ፣ ብደገፍ መንግስቲ ፍላንደርስ
offer-individueel-maatwerk-description = ምስ ልሙድ ኣስራሒ ስራሕ፤ እቲ ኣስራሒ ነቲ ተወሳኺ ምኽታል ደገፍ ይረክብ።
offer-individueel-maatwerk-allowance = ደሞዝ

offer-collectief-maatwerk-name = ሓባራዊ ፍሉይ ስራሕ (maatwerk)
offer-collectief-maatwerk-provider = Oesterbank፣ vzw De Duinenwacht፣ Kringwinkel፣ Groep Intro
offer-collectief-maatwerk-description = ኣብ ናይ ማሕበራዊ ቁጠባ ፍሉይ ትካል (maatwerkbedrijf) ስራሕ፣ ምስ ንዓኹም ዝተዳለወ ምኽታል።
offer-collectief-maatwerk-allowance = ደሞዝ
offer-collectief-maatwerk-conditions = ናይ ስራሕ ድሩትነት (ስንክልና) ንዘለዎም ሰባት

offer-btom-name = ብፍሉይ ደገፍ ስራሕ (BTOM)
offer-btom-provider = VDAB
offer-btom-description = ኣብ ልሙድ ስራሕ ደገፍ፦ ተርጓሚ ምልክት ቋንቋ፣ ዝተመዓራረየ ቦታ ስራሕ፣ ናይ ስራሕ መሳርሒ ወይ ወጻኢ መጓዓዝያ።

offer-wijk-werken-name = ኣብ ከባቢ ስራሕ (wijk-werken)
offer-wijk-werken-provider = vzw Perspectief
offer-wijk-werken-description = ኣብ ከባቢ ንሰባት፣ ኣብያተ ትምህርቲ ወይ ማሕበራት ንኣሽቱ ስራሓት፣ ተመኩሮ ንምርካብ። ኣብ ነፍሲ ወከፍ ሽዱሽተ ወርሒ ብሓባር ይግምገም።
offer-wijk-werken-allowance = €4.10 ኣብ ሰዓት፣ ካብ ግብሪ ነጻ፤ ብዝበዝሐ 60 ሰዓት ኣብ ወርሒ ከምኡ'ውን 630 ሰዓት ኣብ ዓመት
offer-wijk-werken-duration = ብዝበዝሐ 12 ኣዋርሕ
offer-wijk-werken-conditions = ንዓማዊል VDAB፣ OCMW ወይ GTB

offer-vrijwilligerswerk-name = ወለንታዊ ስራሕ
offer-vrijwilligerswerk-provider = FMDO ከምኡ'ውን vzw Perspectief
offer-vrijwilligerswerk-description = ኣብ ሓደ ትካል ብወለንታ ምሕጋዝ፦ ሰባት ምርካብ፣ ጠቓሚ ምዃን ከምኡ'ውን ተመኩሮ ምርካብ።
offer-vrijwilligerswerk-allowance = ብመሰረቱ ብዘይ ክፍሊት፤ ሓድሓደ ግዜ ካሕሳ ወጻኢታት ኣሎ፣ ካብ ውድብ ናብ ውድብ ይፈላለ (vzw Perspectief: ኣብ ሰዓት 4.10 €)

offer-8400-talenten-name = 8400 Talenten
offer-8400-talenten-provider = FMDO
offer-8400-talenten-description = ሓደስቲ መጻእቲ ሆላንድኛ ንምልምማድን ወለንታዊ ስራሕ ንምስራሕን ምስ ሓደ ትካል ይራኸቡ።
offer-8400-talenten-conditions = ሆላንድኛ ብብርኪ 1.1

offer-team-up-name = Team Up
offer-team-up-provider = FMDO
offer-team-up-description = ወለንታዊ ኣማኻሪ (mentor) ኣብ ቃላት ስራሕን ኣብ ምንዳይ ስራሕ ወይ ልምምድን ይሕግዝ።
offer-team-up-duration = 6 ኣዋርሕ

offer-zoekhulp-name = ሓገዝ ኣብ ምንዳይ ስራሕ
offer-zoekhulp-provider = FMDO ከምኡ'ውን VDAB
offer-zoekhulp-description = ብሓባር ክፉታት ቦታታት ስራሕ ምርኣይ፣ CV ከምኡ'ውን ደብዳቤ ሕቶ ስራሕ ምጽሓፍ፣ ልምምድ ወይ ስልጠና ምርካብ።

offer-women-at-work-name = Women@Work
offer-women-at-work-provider = Economisch Huis Oostende ከምኡ'ውን FMDO
offer-women-at-work-description = ናብ ስራሕ ስጉምቲ ክወስዳ ንዝደልያ ደቂ ኣንስትዮ ዝተዳለወ መስርሕ።

offer-module-solliciteren-name = ኮርስ ሕቶ ስራሕ
offer-module-solliciteren-provider = CVO Miras
offer-module-solliciteren-description = ብሆላንድኛ ስራሕ ምሕታት ምምሃር፦ ክፉታት ቦታታት ስራሕ ምንባብ፣ ብቴሌፎን ምዝራብ፣ ቃለ-መሕትት ምልምማድ።
offer-module-solliciteren-conditions = ካብ ብርኪ 1.1፤ ንምኽታል ድሕሪ TWE፣ ንመወዳእታ ውዕል artikel 60 ወይ ንግዜ ምልላይ

offer-taallessen-artikel-60-name = ትምህርቲ ቋንቋ ኣብ እዋን artikel 60
offer-taallessen-artikel-60-provider = CVO Miras
offer-taallessen-artikel-60-description = ኣብ ቦታ ስራሕ ሆላንድኛ ምምሃር፣ ጎኒ ጎኒ ውዕል artikel 60።
offer-taallessen-artikel-60-conditions = ውዕል artikel 60 ንዘለዎም

offer-bootcamp2work-name = Bootcamp2Work
offer-bootcamp2work-provider = Economisch Huis Oostende (EHO)
offer-bootcamp2work-description = ንግሆ ሆላንድኛ፤ ድሕሪ ቐትሪ ምልላይ ሞያ፣ ክፉት ማእከል ትምህርቲን ኮምፒዩተርን። ክፋላት በበይኖም ክውሰዱ ይኽእሉ፤ ስራሕ ዝረኸበ ደው ክብል ይኽእል።
offer-bootcamp2work-duration = 5 ሰሙናት

offer-sollicitatietraining-name = ስልጠና ሕቶ ስራሕ
offer-sollicitatietraining-provider = OCMW Oostende፣ ኣገልግሎት ስራሕ
offer-sollicitatietraining-description = ኣብ ንእሽቶ ጉጅለ ሕቶ ስራሕ ምልምማድ።
offer-sollicitatietraining-duration = 4 ፍርቂ መዓልታት

offer-rijbewijs-b-name = ሓገዝ ንፍቓድ መዘወር B
offer-rijbewijs-b-provider = Economisch Huis Oostende፣ CVO Scala ከምኡ'ውን KTA
offer-rijbewijs-b-description = ትምህርቲ ቲዮሪን ኣብ መምሰሊ መዘወር (simulator) ልምምድን፣ ርሑቕ ዘሎ ስራሕ እውን ክብጻሕ ምእንቲ።

offer-heftruck-name = ስልጠና ፎርክሊፍት (heftruck)
offer-heftruck-provider = Economisch Huis Oostende ከምኡ'ውን VDAB
offer-heftruck-description = ቲዮሪ ኣብ Economisch Huis፣ ግብራዊ ልምምድ ድማ ኣብ VDAB ኣብ Rekkem።
offer-heftruck-duration = 10 መዓልቲ ቲዮሪ ከምኡ'ውን 20 መዓልቲ ግብራዊ ልምምድ

offer-horeca-forma-name = ስልጠና ሰራሕተኛ ባር (barman/barvrouw)
offer-horeca-forma-provider = Horeca Forma
offer-horeca-forma-description = ኣብ ድሕሪ ባር ንምስራሕ ሓጺር ስልጠና።

offer-sdv-zoekhulp-name = ሓገዝ ምንዳይ ስራሕ ንተዛረብቲ ካልእ ቋንቋ
offer-sdv-zoekhulp-provider = Samen Divers
offer-sdv-zoekhulp-description = ሓገዝ ኣብ ናይ ሞያ ዶሴ፣ CV ምጽዓን፣ ክፉታት ቦታታት ስራሕ ምንባብን ስልጠናታት ምርካብን፣ ውሑድ ትምህርቲ ንዘለዎም እውን።

offer-computer-basis-name = መሰረታዊ ኮርስ ኮምፒዩተር
offer-computer-basis-provider = Samen Divers
offer-computer-basis-description = ኮምፒዩተር ምጥቃም ምምሃር፣ ኣብ መወዳእታ ምስክር ወረቐት ይወሃብ።
offer-computer-basis-duration = 5 ትምህርትታት

offer-ama-name = ስራሕ ዝመስል ንጥፈት (AMA)
offer-ama-provider = OCMW Oostende፣ ኣገልግሎት ስራሕ
offer-ama-description = ኣብ ሰሙን ሒደት ሰዓታት ትርጉም ዘለዎ ንጥፈት፣ ብምኽታል፦ ስርዓት፣ ምስ ካልኦት ርክብ ከምኡ'ውን ርእስኹም ምምዕባል።
offer-ama-allowance = ንእሽቶ ክፍሊት ኣብ ሰዓት
offer-ama-conditions = ሕክምናዊ፣ ስነ-ኣእምሮኣዊ ወይ ማሕበራዊ ዕንቅፋት ንዘለዎም ሰባት

offer-spuitenpatrouille-name = ጉጅለ ምእካብ መርፍእ (Spuitenpatrouille)
offer-spuitenpatrouille-provider = OCMW Oostende፣ ኣገልግሎት ስራሕ
offer-spuitenpatrouille-description = ኣብ ከተማ ዝተደርበዩ መርፍኣት ብውሑስ ኣገባብ ምእካብ፣ ኣብ ቀዋሚ ጉጅለ።
offer-spuitenpatrouille-allowance = €8 ኣብ ፍርቂ መዓልቲ
offer-spuitenpatrouille-duration = ኣብ ሰሙን ክልተ ግዜ 2 ሰዓት
offer-spuitenpatrouille-conditions = ዕጸ-ፋርስ ንዝጥቀሙ (ወይ ይጥቀሙ ይኾኑ ንዝበሃሉ) ወይ ካብ ሱስ ይሓውዩ ንዘለዉ

offer-ama-sociale-economie-name = AMA ኣብ ማሕበራዊ ቁጠባ
offer-ama-sociale-economie-provider = GTB፣ ምስ OCMW
offer-ama-sociale-economie-description = ኣብ ትካል ማሕበራዊ ቁጠባ ስራሕ ዝመስል ንጥፈት።
offer-ama-sociale-economie-conditions = ድሕሪ መእተዊ ቃለ-መሕትት (intake) ኣብ GTB

offer-werklabo-name = WerkLabo
offer-werklabo-provider = OCMW Oostende፣ ኣገልግሎት ስራሕ
offer-werklabo-description = ሓደ ሰብ እንታይ ክገብር ከም ዝኽእልን እንታይ ከም ዝፈቱን ብሓባር ንምፍላጥ፣ ሸሞንተ ዓይነት ዕዮታት።

offer-ama-zwerfvuil-name = AMA፦ ጓሓፍ ምእካብ
offer-ama-zwerfvuil-provider = OCMW Oostende፣ ኣገልግሎት ስራሕ
offer-ama-zwerfvuil-description = ኣብ ከባቢ ዝተደርበየ ጓሓፍ ምእካብ፣ ኣብ ንእሽቶ ጉጅለ።

offer-ama-poetsen-name = AMA፦ ምጽራይ
offer-ama-poetsen-provider = OCMW Oostende፣ ኣገልግሎት ስራሕ
offer-ama-poetsen-description = ብምኽታል ናይ ምጽራይ ዕዮታት፣ ብቀዋሚ ስርዓት።

offer-taaltraject-scala-name = ኣብ CVO Scala ሆላንድኛ ምምሃር
offer-taaltraject-scala-provider = CVO Scala
offer-taaltraject-scala-description = ሆላንድኛ ከም ካልኣይ ቋንቋ ትምህርቲ፣ ብዝተፈላለየ ብርኪ።

offer-taaltraject-miras-name = ኣብ CVO Miras ሆላንድኛ ምምሃር
offer-taaltraject-miras-provider = CVO Miras
offer-taaltraject-miras-description = ሆላንድኛ ከም ካልኣይ ቋንቋ ትምህርቲ፣ ንስራሕ ዘቕንዐ እውን።

offer-taaltraject-ligo-name = ኣብ Ligo ሆላንድኛ ምምሃር
offer-taaltraject-ligo-provider = Ligo፣ ማእከል መሰረታዊ ትምህርቲ
offer-taaltraject-ligo-description = ብህድኣት ዝኸይድ ትምህርቲ ሆላንድኛ፣ ውሑድ ትምህርቲ ወይ ዋላ ሓንቲ ትምህርቲ ንዘይብሎም።

offer-babbelbox-name = Babbelbox
offer-babbelbox-provider = Samen Divers
offer-babbelbox-description = ኣብ ነፍሲ ወከፍ ሰሙን ኣብ ንእሽቶ ጉጅለ ምስ ወለንተኛታት ምዝራብ፣ ሆላንድኛ ንምልምማድ።
offer-babbelbox-duration = ሰሙናዊ፣ ብመሰረት ካሌንደር ቤት ትምህርቲ
offer-babbelbox-conditions = ሆላንድኛ ብብርኪ 1.1

offer-vrouwenklap-name = Vrouwenklap
offer-vrouwenklap-provider = FMDO
offer-vrouwenklap-description = ኣብ ነፍሲ ወከፍ ሰሙን ምርኻብን ምዝራብን፣ ካብ ካልእ ሃገር ንዝመጻ ደቂ ኣንስትዮ።
offer-vrouwenklap-duration = ሰሙናዊ

offer-praattafels-name = ጠረጴዛታት ዝርርብ (Praattafels)
offer-praattafels-provider = Antenne
offer-praattafels-description = ምስ ካልኦት ኣብ ጠረጴዛ ሆላንድኛ ምልምማድ።

offer-hardop-lezen-name = ዓው ኢልካ ምንባብ
offer-hardop-lezen-provider = ህዝባዊ ቤተ-መጻሕፍቲ Oostende
offer-hardop-lezen-description = ኣብ ቤተ-መጻሕፍቲ ብሓባር ዓው ኢልካ ምንባብ።

offer-samen-lezen-nt2-name = ንተማሃሮ ሆላንድኛ ብሓባር ምንባብ (NT2)
offer-samen-lezen-nt2-provider = ህዝባዊ ቤተ-መጻሕፍቲ Oostende
offer-samen-lezen-nt2-description = ሆላንድኛ ከም ካልኣይ ቋንቋ ንዝመሃሩ ሰባት ጉጅለ ንባብ።

offer-maatschappelijke-orientatie-name = ኮርስ ምልላይ ሕብረተሰብ
offer-maatschappelijke-orientatie-provider = Agentschap Integratie en Inburgering
offer-maatschappelijke-orientatie-description = ሕብረተሰብ ፍላንደርስ ከመይ ከም ዝሰርሕ ምምሃር፣ ብቋንቋኹም፣ ኣብ መወዳእታ ፈተና ኣሎ።
offer-maatschappelijke-orientatie-duration = 60 ሰዓት

offer-participatietraject-name = መስርሕ ተሳትፎ ናይ inburgering (ውህደት)
offer-participatietraject-provider = Agentschap Integratie en Inburgering
offer-participatietraject-description = ናይ ምልላይ ልምምዳት፣ ብጻይ (buddy) ወይ ወለንታዊ ስራሕ፣ ሰባት ንምፍላጥ።
offer-participatietraject-duration = 40 ሰዓት

offer-zorg-eerst-name = ቅድሚ ኩሉ ክንክንን ደሓንነትን
offer-zorg-eerst-provider = OCMW Oostende፣ ማሕበራዊ ስራሕ
offer-zorg-eerst-description = ገና ናብ ስራሕ ምኽታል የለን፦ መጀመርታ ብሓባር ኣብ ጥዕና፣ መንበሪ ወይ ካልእ ሻቕሎት ምስራሕ።

offer-thuisbezoek-name = ኣብ ገዛ ርክብ
offer-thuisbezoek-provider = OCMW Oostende፣ ማሕበራዊ ስራሕ
offer-thuisbezoek-description = ማሕበራዊ ሰራሕተኛ ናብ ገዛ ይበጽሕ እሞ ርክብ ይቕጽል፣ ብናይቲ ሰብ ናይ ባዕሉ ቅልጣፈ።
