# Trede: Tigrinya, participation ladder and offer catalogue.
# Tone: invitations, never commands. Every step counts, also a step back is part of the road.
# Terms: ladder = መሳልል, rung = ደረጃ, placement = ምምዳብ, offer = ኣገልግሎት.

view-ladder = መሳልል

## The ladder
ladder-title = መሳልል ተሳትፎ
ladder-intro = ሎሚ ቦታ { $name } ኣብ መሳልል ኣበይ እዩ፣ ጽቡቕ ዝቕጽል ስጉምቲኸ እንታይ ክኸውን ይኽእል? ኣብኡ ዘሎ ኣገልግሎታት ንምርኣይ ኣብ ሓደ ደረጃ ጠውቑ።
ladder-now-none = ገና ምምዳብ የለን። ኣብ ታሕቲ ነቲ ቀዳማይ ብሓባር ክትውስኽዎ ትኽእሉ ኢኹም።
ladder-now-rung = ሕጂ፦ ደረጃ { $number }፣ { $rung }
ladder-now-status = ሕጂ፦ { $status } (ደረጃ ኣይኮነን)
ladder-language-course-beside = ብተወሳኺ ናይ ቋንቋ ኮርስ ይካየድ ኣሎ።
ladder-rung-button = ደረጃ { $number }፦ { $rung }
ladder-badge-now = ሕጂ
ladder-badge-target = ዕላማ
ladder-offer-count =
    { $count ->
        [0] ኣገልግሎት የለን
        [one] ሓደ ኣገልግሎት
       *[other] { $count } ኣገልግሎታት
    }
ladder-rungs-label = እቶም ሽዱሽተ ደረጃታት፣ እቲ ዝለዓለ ኣብ ላዕሊ

## Target rung
ladder-target-label = ዝለዓለ ክብጻሕ ዝኽእል ደረጃ ናይ { $name }
ladder-target-hint = ብሓባር እትመርጽዎ ዕላማ። ዝኾነ ደረጃ ክኸውን ይኽእል።
ladder-target-none = ገና ኣይተመረጸን
ladder-target-reached = እቲ ዕላማ ደረጃ ናይ { $name } ተበጺሑ ኣሎ። እዚ ሓቀኛ ዓወት እዩ።
ladder-target-four = ንገሊኦም ሰባት፣ ወለንታዊ ስራሕ ወይ ካልእ ዘይክፈሎ ስራሕ እቲ ዝለዓለ ክብጻሕ ዝኽእል ደረጃ እዩ። ኣብኡ ምብጻሕ ዓወት እዩ፣ መወዳእታ ጉዕዞ ኣይኮነን።

## Offers
ladder-offers-title = ኣገልግሎታት ኣብ ደረጃ { $number }፦ { $rung }
ladder-offers-none = እቲ ካታሎግ ኣብዚ ደረጃ ኣገልግሎት የብሉን።
ladder-offers-close = ኣገልግሎታት ምዕጻው
ladder-offer-provider = ኣቕራቢ
ladder-offer-duration = ንውሓት ግዜ
ladder-offer-allowance = ክፍሊት
ladder-offer-conditions = መን ክሳተፍ ይኽእል
ladder-offer-pick = ንመደብ ምምራጽ
ladder-offer-picked = ንመደብ ተመሪጹ
ladder-offer-unpick = ካብ መደብ ምውጻእ
ladder-picked-title = ንመደብ ዝተመርጹ ኣገልግሎታት
ladder-picked-none = ገና ዝተመረጸ የለን። ኣብ መሳልል ዝተመረጸ ኣገልግሎት ኣብ መደብ ውህደት ሓደ ስጉምቲ ክኸውን ይኽእል።
ladder-picked-from = ደረጃ { $number }፣ ካብ { $catalogue } { $edition }

## Placements
ladder-placements-title = ምምዳባት
ladder-placements-none = ገና ምምዳብ የለን።
ladder-add-title = ምምዳብ ምውሳኽ
ladder-edit-title = ነዚ ምምዳብ ምቕያር
ladder-date-label = ዕለት
ladder-date-missing = በጃኹም ዕለት ምረጹ።
ladder-position-label = ደረጃ ወይ ኩነታት
ladder-position-rungs = ደረጃታት
ladder-position-side = ኩነታት ጎኒ መሳልል
ladder-status-orientation = ግዜ ምልላይ (ዶሴ ካብ ኣርባዕተ ወርሒ ዝሓጸረ)
ladder-status-exempted = ብምኽንያት ጥዕና ወይ ፍትሓውነት ነጻ ዝተገብረ
ladder-status-studying = ይመሃር ኣሎ
ladder-status-care-first = ቅድሚ ኩሉ ክንክን
ladder-viewpoint-label = መን እዩ ከምዚ ዝርእዮ?
ladder-view-client = ዓሚል ከምዚ ይርእዮ
ladder-view-worker = ማሕበራዊ ሰራሕተኛ ከምዚ ይርእዮ
ladder-view-agreed = ብሓባር ዝተሰማማዕናሉ
ladder-language-course-label = ብተወሳኺ ናይ ቋንቋ ኮርስ ይካየድ ኣሎ
ladder-note-label = መዘኻኸሪ (ባዶ ክጸንሕ ይኽእል)
ladder-note-hint = ብሒደት ቃላት፦ እንታይ ተቐይሩ፣ ከመይከ ይስምዕ?
ladder-error-note-too-long = እዚ መዘኻኸሪ { $actual } ፊደላት ኣለዎ። በጃኹም ብዝበዝሐ { $max } ፊደላት።
ladder-save-placement = ምምዳብ ምዕቃብ
ladder-edit-button = ምቕያር
ladder-delete-button = ምድምሳስ
ladder-confirm-delete-title = እዚ ምምዳብ ይደምሰስ ዶ?
ladder-confirm-delete-body = እቲ ምምዳብ ናይ { $date } ካብቲ ታሪኽ ክእለ እዩ። እዚ ደሓር ክምለስ ኣይክእልን እዩ።
ladder-confirm-delete-yes = እወ፣ ይደምሰስ

## History
ladder-history-title = ከመይ ከም ዝኸደ
ladder-history-none = ምምዳብ ምስ ዝህሉ፣ እቲ ታሪኽ ኣብዚ ክርአ እዩ።
ladder-history-chart-label = ምስ ግዜ ዝቕየሩ ደረጃታት ዘርኢ ከም መሳልል ዝኾነ ቻርት። እቲ ኣብ ታሕቲ ዘሎ ሰንጠረዥ ተመሳሳሊ ሓበሬታ ሒዙ ኣሎ።
ladder-history-table-caption = እቲ ታሪኽ ብሰንጠረዥ
ladder-history-aside-lane = ጎኒ መሳልል
ladder-col-date = ዕለት
ladder-col-position = ደረጃ ወይ ኩነታት
ladder-col-move = ለውጢ
ladder-col-view = መን ከምዚ ይርእዮ
ladder-col-note = መዘኻኸሪ
ladder-move-start = መበገሲ
ladder-move-rise = ካብ ደረጃ { $from } ንላዕሊ
ladder-move-fall = ካብ ደረጃ { $from } ንድሕሪት ስጉምቲ
ladder-move-level = ተመሳሳሊ ደረጃ
ladder-move-aside = ጎኒ መሳልል
ladder-fall-label = ንድሕሪት ስጉምቲ
ladder-falls-summary =
    { $count ->
        [0] ክሳብ ሕጂ ንድሕሪት ስጉምቲ የለን።
        [one] ሓደ ንድሕሪት ስጉምቲ። ንድሕሪት ምምላስ ይፍጠር እዩ፤ ክፋል ናይቲ ጉዕዞ እዩ።
       *[other] { $count } ንድሕሪት ስጉምቲታት። ንድሕሪት ምምላስ ይፍጠር እዩ፤ ክፋል ናይቲ ጉዕዞ እዩ።
    }

## Catalogue
catalogue-title = ካታሎግ ኣገልግሎታት
catalogue-current = ኣብ ጥቕሚ፦ { $name }፣ ሕታም { $edition }፣ { $count } ኣገልግሎታት።
catalogue-builtin = እዚ ምስ Trede ዝመጽእ ካታሎግ እዩ።
catalogue-load-label = ናይ ባዕልኹም ካታሎግ ምጽዓን (ፋይል JSON)
catalogue-load-hint = ብቕርጺ ካታሎግ ናይ Trede ዝተዳለወ ፋይል። እቲ ፋይል ኣብዚ መሳርሒ ይጸንሕ። እቲ ሕጂ ዘሎ ካታሎግ፣ ቅኑዕ ፋይል ክሳብ ዝትክኦ፣ ኣብ ጥቕሚ ይጸንሕ።
catalogue-loaded = እቲ ሓድሽ ካታሎግ ኣብ ጥቕሚ ኣሎ።
catalogue-problems-title =
    { $count ->
        [one] እዚ ፋይል ክጥቀመሉ ኣይተኻእለን። ክእረም ዘለዎ ሓደ ነገር፦
       *[other] እዚ ፋይል ክጥቀመሉ ኣይተኻእለን። ክእረሙ ዘለዎም { $count } ነገራት፦
    }
catalogue-reset = ነቲ ምስ Trede ዝመጽእ ካታሎግ ደጊምካ ምጥቃም
catalogue-problem-line = { $place }: { $problem }
catalogue-place-file = እቲ ፋይል
catalogue-place-field = ዓውዲ "{ $field }"
catalogue-place-offer = ኣገልግሎት { $number }
catalogue-place-offer-id = ኣገልግሎት { $number } ("{ $id }")
catalogue-place-offer-field = ኣገልግሎት { $number }፣ ዓውዲ "{ $field }"
catalogue-place-offer-id-field = ኣገልግሎት { $number } ("{ $id }")፣ ዓውዲ "{ $field }"
catalogue-problem-not-json = እዚ ቅኑዕ JSON ኣይኮነን (መስመር { $line }፣ ዓምዲ { $column })
catalogue-problem-not-object = እዚ ካታሎግ ኣይኮነን (ዝድለ፦ "format"፣ "version"፣ "id"፣ "name"፣ "edition" ከምኡ'ውን "offers" ዘለዎ object)
catalogue-problem-format = "{ $found }" "trede-catalogue" ኣይኮነን
catalogue-problem-version = ሕታም { $found } ክንበብ ኣይክእልን (እዚ Trede ሕታም 1 ጥራይ እዩ ዘንብብ)
catalogue-problem-missing = የለን
catalogue-problem-type =
    { $expected ->
        [text] ጽሑፍ ክኸውን ኣለዎ
        [number] ቁጽሪ ክኸውን ኣለዎ
        [list] ዝርዝር ክኸውን ኣለዎ
        [offer] ዓውድታት ኣገልግሎት ዘለዎ object ክኸውን ኣለዎ
       *[object] ንነፍሲ ወከፍ ቋንቋ ጽሑፍ ዘለዎ object ክኸውን ኣለዎ፣ ከም "nl" ከምኡ'ውን "en"
    }
catalogue-problem-rung = { $found } ደረጃ ኣይኮነን (ካብ 1 ክሳብ 6)
catalogue-problem-empty = ባዶ እዩ
catalogue-problem-too-long = ካብ { $max } ፊደላት ይነውሕ
catalogue-problem-no-dutch = ሆላንድኛ ጽሑፍ ("nl") የብሉን
catalogue-problem-language = "{ $code }" Trede ዝፈልጦ ኮድ ቋንቋ ኣይኮነን
catalogue-problem-id = "{ $found }" ቅኑዕ id ኣይኮነን (ንኣሽቱ ፊደላት፣ ቁጽርታትን ሰረዝን)
catalogue-problem-duplicate = እዚ id ድሮ ንኣገልግሎት { $first } ተጠቒምሉ ኣሎ
catalogue-problem-unknown-field = ዝፍለጥ ዓውዲ ኣይኮነን
catalogue-problem-no-offers = ዝርዝር ኣገልግሎታት ባዶ እዩ

## rules
ladder-definitions-title = ነፍሲ ወከፍ መሳልል እንታይ ማለት እዩ?
ladder-exempted-decision = ውሳነ OCMW ናይ { $date }፦ { $ground }። { $reason }
ladder-exempted-no-decision = ኣብቲ መደብ ገና ውሳነ ናጽነት OCMW የለን። ኣብቲ መደብ፣ ኣብ ቀዳማይ ስጉምቲ፣ ጽሓፎ።
## evals
ladder-from-evaluation = ካብ ገምጋም ናይ GPMI
ladder-history-per-view = ምድያብ ወይ ንድሕሪት ምኻድ ንነፍሲ ወከፍ ርእይቶ ይቑጸር፡ ናይ ዓሚል ምስ ናይ ዓሚል፡ ናይ ማሕበራዊ ሰራሕተኛ ምስ ናይ ማሕበራዊ ሰራሕተኛ። ብሓባር ዝተሰማምዕዎ ንኽልቲኦም ይቑጸር።
## plan
catalogue-problem-carrier = "{ $found }" "client"፡ "ocmw" ወይ "partner" ኣይኮነን
## store
catalogue-problem-too-large = እቲ ፋይል ካብ { $max } KB ይዓቢ፣ ካብ ዝርዝር ኣገልግሎታት ብዙሕ ይዓቢ
catalogue-problem-too-many = ኣብቲ ዝርዝር ካብ { $max } ንላዕሊ ኣገልግሎታት
