"""How questions are asked in Spanish, as data: the Spanish twin of grammar.ENGLISH.

Same tags, same meaning, same phrase marks (phrases.py): (a|b) alternatives,
[x] optional, ... a gap, * any word; a tag ending in "!" vetoes matches of the
same tag that it overlaps. Messages are folded before matching (words.py):
lower case, no accents, "ñ" -> "n", "¿" and "¡" dropped, so every pattern here is
written folded: "cuantas", "que", "ano fiscal" (año), "como" (cómo).

Written as U.S. Spanish speakers type to a chat: tú, usted and ustedes; without
accents; "q"/"k"/"ke" for "que", "xq"/"pq" for "porque"; "ano"/"anio" for "año";
the Spanglish people use ("fake", "ok", "thanks", "top").

Spanish words that do double duty are kept out of bare patterns where the
other sense would mislead the reading:
- "mas"/"menos" ("más o menos" is "about", "más de" is "more than"): ranking
  only before a thing counted, after a verb, or at the end ("¿cuál tuvo más?");
- "cuanto" ("¿cuánto tiempo?", "¿cuánto cuesta?" ask no figure): a count only
  before the words a figure question puts after it;
- "numero de" ("número de teléfono"): a count only before a thing counted;
- "la", "los", "las", "lo" are articles far more often than pronouns: they point
  back only as clitics before a verb ("¿dónde lo reporto?");
- "bajo" is "fell" and "under" ("bajo la sección 321"): "compare!" vetoes the
  preposition and the adjective ("más bajo", "precio bajo").
"""

_ELLOS_NOTIFICAN = [
    "(me|nos|le|les) (tienen|tiene|deben|debe|van|va|han|ha) [que|a|de] (notificar|avisar|informar)",
    "(me|nos|le|les) (notifican|notifica|notificaron|notifico|avisan|avisa|avisaron|informan|informa|informaron)",
    "(cbp|aduana|la aduana|ellos) (notifica|notifican|avisa|avisan|informa|informan|debe notificar|tiene que notificar)",
    "notificarme", "notificarnos", "avisarme", "avisarnos",
]

_Q = "(que|q)"  # "qué" as typed ("k"/"ke" only in the few phrases typed that way most: "ke significa")
# "el informe dice que tantas incautaciones son de China": "que" and "tantas" of a clause reported, no "how many".
_SAYS_SO_MANY = ("(dice|dicen|decia|decian|diga|digan|pone|ponen|indica|indican|sale|salen|muestra|muestran|reporta|reportan|"
                 "aparece|aparecen|significa|cree|creen|piensa|piensan|sabe|saben|se) (que|q) (tantos|tantas)")
_ANO = "(ano|anio)"  # "año": "ano" once folded, "anio" typed without ñ
_ANOS = "(anos|anios)"
_NUMS = "(2|3|4|5|6|7|8|9|10|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)"
# What a "más"/"menos" of a ranking comes before: the thing counted, the quality ranked, or the end.
_RANKED = (
    "(incautaciones|incautacion|incautado|incautada|incautados|incautadas|incauta|incautan|incautaron|incauto|"
    "decomisos|decomiso|decomisado|decomisada|decomisados|decomisadas|decomisan|decomisaron|confiscado|confiscada|"
    "confiscados|confiscadas|confiscaciones|retenido|retenida|retenidos|retenidas|lineas|linea|valor|valioso|valiosa|"
    "valiosos|valiosas|caro|cara|caros|caras|costoso|costosa|costosos|costosas|grande|grandes|comun|comunes|"
    "frecuente|frecuentes|frecuentemente|popular|populares|productos|articulos|unidades|piezas|mercancia|mercancias|"
    "envios|cargamentos|casos|falsificaciones|falsificado|falsificada|falsificados|falsificadas|pirateado|pirateada|"
    "pirateados|pirateadas|copiado|copiada|copiados|copiadas|afectado|afectada|afectados|afectadas|usado|usada|usados|"
    "usadas|utilizado|utilizada|utilizados|utilizadas|msrp|dinero|importante|importantes|veces|cantidad|alegaciones|"
    "denuncias|dolares|?)"
)
_RANKED_HIGH = "(alto|alta|altos|altas|elevado|elevada|elevados|elevadas)"
_RANKED_LOW = "(bajo|baja|bajos|bajas|pequeno|pequena|pequenos|pequenas|chico|chica|chicos|chicas|raro|rara|raros|raras|escaso|escasa|barato|barata|baratos|baratas)"
# Verbs a ranking puts "más"/"menos" after: "¿qué país tuvo más?", "¿de dónde vienen más?".
_RANK_VERBS = (
    "(tuvo|tiene|tienen|tuvieron|registro|registraron|registra|registran|sumo|sumaron|suma|suman|aporto|aportaron|"
    "incautaron|incauto|incauta|incautan|decomisaron|decomiso|decomisa|decomisan|confiscaron|confisco|vienen|viene|"
    "venian|llegan|llega|llegaron|llego|aparece|aparecen|salen|sale|uso|usa|usan|usaron|representa|representan|"
    "represento|representaron|destaca|destacan|destaco|pesa|gana|gano|recibio|recibieron)"
)
# What "número de" counts: "número de incautaciones", never "número de teléfono".
_COUNTED = (
    "(incautaciones|incautacion|lineas|decomisos|confiscaciones|productos|articulos|unidades|piezas|mercancias|envios|"
    "cargamentos|paquetes|casos|alegaciones|denuncias|reportes|registros|e|falsificaciones|bienes|objetos|cosas|veces|"
    "acciones|arrestos|retenciones|ordenes|marcas|paises|economias)"
)
# What follows "cuánto" in a figure question ("¿cuánto se incautó?", "¿cuánto fue el MSRP?").
_CUANTO_NEXT = (
    "(fue|fueron|era|eran|es|son|hubo|hay|habia|se|en|de|del|por|valor|valia|valio|vale|valen|valian|valieron|"
    "valoran|dinero|msrp|mercancia|producto|productos|total|sumo|suma|suman|sumaron|represento|representa|"
    "representan|representaron|incautaron|incauto|decomiso|decomisaron|confiscaron|cbp|la|el|los|las|?|mas|menos|"
    "aumento|bajo|subio|crecio|cambio|disminuyo|cayo|exactamente|aproximadamente|recibio|recibieron|registro|"
    "registraron|dolares|llego|llegaron|entro|entraron)"
)

_MORE_TOLD = "mas (informacion|info|detalles|orientacion|ayuda|explicaciones)"

ESPANOL: dict[str, list[str]] = {
    # "How many / how much" as such: a count is asked even in a how-to question ("¿cuántas ... y cómo ...?").
    # "¿qué tantas incautaciones hubo?": "how many" as Mexico and Colombia say it.
    "ask.object": ["cuantos", "cuantas", "cuanto", "cuanta", f"{_Q} (tantos|tantas)", "numero de", "cantidad de", "valor de", "msrp de", "total de",
                   "cifras (de|sobre)", "estadisticas (de|sobre)", "datos (de|sobre)"],
    "sum": ["juntos", "juntas", "en conjunto", "sumados", "sumadas", "sumando", "mas", "en total", "entre los dos", "entre ambos"],
    "ask.how_many": ["cuantos", "cuantas", "cuanta", f"{_Q} (tantos|tantas)", "cuanto (se|fue|fueron|hubo|valia|valian|valio|vale|valen|suman|sumaron)"],
    # "¿cada cuánto se puede usar la exención?" asks how often, as "how often" does: no count of anything.
    "ask.join": ["y que", "y q", "y cual", "y cuales", "y cuanto", "y cuantos", "y cuantas", "y cuanta"],
    # "..., y más o menos cuánto valían?": una palabra de modo entre las dos las une igual.
    "join.manner": ["aproximadamente", "mas o menos", "como", "tambien", "ademas", "luego"],
    "ask.how_many!": ["cada (cuanto|cuantos|cuantas)", "cada cuanto (se|fue|fueron|hubo|vale|valen)", _SAYS_SO_MANY],
    "ask.object!": [_SAYS_SO_MANY], "ask.many!": [_SAYS_SO_MANY], "ask.count!": [_SAYS_SO_MANY],
    "ask.many": ["cuantos", "cuantas", "cuatos", "cuatas", "kuantos", "kuantas", f"{_Q} (tantos|tantas)", "numero de"],
    "ask.how_much": ["cuanto (valia|valian|valio|valieron|vale|valen|costaban|costaron)", "cuanto dinero", "cuanta plata"],
    # -- what a figure question asks ------------------------------------------------
    "ask.count": [
        "cuantos", "cuantas", "cuanta", "cuatos", "cuatas", "kuantos", "kuantas", "cuantos fueron", "cuantas fueron", f"{_Q} (tantos|tantas)",
        f"cuanto {_CUANTO_NEXT}", f"numero de {_COUNTED}", "numero total", "el numero exacto", "cantidad de",
        "la cantidad", f"{_Q} cantidad", "cantidad total", "monto de", "el monto", "monto total", "conteo", "recuento",
        "con que frecuencia", "cada cuanto", "cuantas veces",
    ],
    "ask.figure": [
        "estadisticas", "estadistica", "estadisticos", "stats", "cifras", "cifra", "numeros",
        "(que|q) tan (grande|grandes|alto|alta|altos|altas)", "de que tamano", "desglose", "desglosado", "desglosada", "se divide", "se dividen", "se reparte", "se reparten", "dividido", "dividida", "repartido", "repartida",
        "desglosados", "desglosadas", "detallado por", "(cual|cuales) (fue|era|es|fueron) (el|la) (total|suma|monto|valor|cifra|msrp)",
    ],
    # Words any figure question may use without asking for something no table holds.
    "figure.talk": [
        # "¿Es cierto que decomisaron tarjetas de vacunación falsas?": how sure the asker is, not what is asked.
        "(es|sera|era) cierto [que]", "(escuche|oi|lei) que",
        "hasta ahora", "hasta la fecha", "a la fecha", "hasta hoy", "por ahora", "segun", "de acuerdo con", "de acuerdo a",
        "se atribuyeron", "se atribuyen", "se atribuye", "atribuidas", "atribuidos", "atribuibles", "atribuyeron",
        "internacional", "internacionales",
        # "creo q eran mas q ahora": how sure the asker is, not what is asked.
        "creo", "creo que", "pienso", "pienso que", "supongo", "me parece", "tengo entendido", "quizas", "tal vez",
        "a lo mejor",
        # "¿Qué tan grande es el problema de las falsificaciones? ¿Cuántas ...?": la escala, nada contado.
        "(que|q) tan (grande|grave|serio|extendido) es el ... problema",
        "violan", "violaban", "violaron", "infringen", "infringian", "infractor", "infractora", "infractores",
        "infractoras", "ley", "leyes",
        "tabla", "tablas", "cuadro", "aproximadamente", "aprox", "aproximado", "aproximada", "alrededor de", "cerca de", "mas o menos", "alla por", "por alla", "exacto",
        "exacta", "exactos", "exactas", "exactamente", "llegaron", "llego", "entraron", "entro", "ingresaron",
        "marca", "marcas", "de marca", "atrapados", "atraparon", "detuvieron", "detenidos", "detenidas", "envio",
        "envios", "cargamento", "cargamentos", "remesa", "remesas", "paquete", "paquetes", "presentadas",
        "presentados", "recibidas", "recibidos", "recibio", "recibieron", "reportados", "reportadas", "registrados",
        "registradas", "paso", "pasaron", "sucedio", "ocurrio", "hubo", "hay", "habia", "tuvo", "tuvieron", "tiene",
        "tienen", "fue", "fueron", "era", "eran", "hizo", "hicieron", "realizo", "realizaron", "se hicieron",
        "se realizaron", "se incautaron", "se incauto", "se decomisaron", "se decomiso", "se confiscaron",
        "fabricante", "fabricantes", "sugerido", "precio sugerido", "precio de venta", "individual", "individuales",
        "posicion", "lugar", "puesto", "vez", "veces", "tipo", "tipos", "clase", "clases", "usd", "dolares", "dolar",
        "valor", "valorados", "valorado", "valoradas", "valorada", "vale", "valen", "valia", "valian", "valio",
        "violacion", "violaciones", "ilicito", "ilicitos", "ilicita", "ilicitas", "ilegal", "ilegales", "mercancia",
        "mercancias", "mercaderia", "mercaderias", "bienes", "articulos", "productos", "cosas", "objetos", "unidades",
        "piezas", "en general", "estimado", "estimada", "estimados", "estimadas", "contados", "contabilizados",
        "listados", "lista", "muestrame", "muestreme", "mostrar", "incautados", "incautadas", "decomisados",
        "decomisadas", "confiscados", "confiscadas", "cifra", "monto", "suma", "cantidad", "derechos", "derecho",
        "relacionados", "relacionadas", "estados unidos", "eeuu", "ee uu", "eu", "usa", "americano", "americanos",
        "estadounidense", "estadounidenses", "desglose", "registro", "durante", "por ano", "cada ano",
        # "¿cuántos miles de millones valía?", "dame el número exacto, no el redondeado": the scale and the
        # rounding of the figure wanted, not what it counts.
        "miles de millones", "mil millones", "millones", "millon", "miles", "billones", "redondeado", "redondeada",
        "redondeo", "redondear", "sin redondear",
    ],
    # "para un trabajo de la escuela, ¿cuántas incautaciones...?": para qué es la cifra, no lo que cuenta.
    "figure.purpose": [
        "para (un|una|mi|nuestro|nuestra|el|la) (trabajo|tarea|ensayo|proyecto|presentacion|articulo|reportaje|nota|clase|tesis|exposicion|diapositiva|blog|video|canal|podcast|boletin) "
        "[de|del|de la|para la|para el] [escuela|colegio|universidad|uni|facultad|clase|curso|prepa|periodico|blog]",
        "para (la escuela|el colegio|la universidad|la clase|la facultad|la prepa)",
        "(un|una|mi) (trabajo|tarea|ensayo|proyecto|presentacion|tesis|exposicion) (para|de) (la|el|mi) (escuela|colegio|universidad|uni|facultad|clase|curso|prepa)",
        # Why or how exactly one asks: "por pura curiosidad, ¿cuál fue...? La cifra exacta si la tiene."
        "[por|de] [pura] curiosidad", "(el|la) (numero|cifra|cantidad) exacta", "(el|la) (numero|cifra|cantidad) exacto",
    ],
    "rank.place": [
        "(en|a) (que|cual) (lugar|posicion|puesto)", "(que|cual) (lugar|posicion|puesto)", "como se clasifico",
    ],
    # "el primer país": "first" before a kind of row (frame._first_of_a_kind); a word of how a ranking
    # is asked, not of what it ranks.
    "rank.first": ["primer", "primero", "primera", "primeros", "primeras"],
    "rank.after": ["despues de", "detras de", "luego de", "tras"],
    "rank.except": ["aparte de", "ademas de", "fuera de", "excepto", "salvo", "sin contar", "sin incluir", "excluyendo",
                    "a excepcion de", "con excepcion de", "dejando fuera", "dejando de lado", "quitando"],
    "rank.above": ["por encima de", "por delante de", "delante de", "(mas|mayor) ... que (el|la|los|las)"],
    "rank.next": ["(el|la|y el|y la) siguiente", "(el|la|lo) que [le|les] (sigue|siguio|seguia)", "(cual|que|quien) [le|les] (sigue|siguio|seguia)",
                  "(y|cual|que|quien) (fue|es|quedo|esta|estuvo|va|viene) (despues|a continuacion)",
                  "(el|la) (de|que esta|que va|que viene|que quedo) (despues|abajo|debajo)"],
    "rank.prev": ["(el|la) (de|que esta|que va|que quedo) (antes|arriba|encima)"],
    "rank.next!": [f"(el|la|al|del|y el|y la) siguiente ({_ANO}|af|fy|paso|pasos|mes|semana|dia|informe|reporte)"],
    "rank.where": ["(donde|de donde|por donde) ... (mas|mayor|mayoria)"],
    "rank.max": [
        f"mas {_RANKED}", f"mas {_RANKED_HIGH}", f"{_RANK_VERBS} mas", "hubo mas ?", f"{_ANO} hubo mas",
        "(af|fy) hubo mas", "(el|la|los|las|lo) que mas", "mayor", "mayores", "mayoria", "la mayor parte", "principal",
        "principalmente", "mayormente", "sobre todo", "en su mayoria", "en mayor medida",
        "(donde|de donde|por donde|que pais|cual pais) ... casi (todos|todas|todo)",
        "principales", "(en|el|al|de) primer (lugar|puesto)", "primer lugar", "primer puesto",
        "(quedo|fue|esta|va|aparece|figura|salio|termino|quedaron|fueron|estuvo|estaba) [el|la] (primero|primera|en primer lugar|a la cabeza|arriba|hasta arriba|en la cima|en lo mas alto)",
        "a la cabeza", "encabeza", "encabezo", "encabezan", "encabezaron", "encabezaba", "encabezaban", "lidera", "lidero",
        "lideran", "lideraron", "lideraba", "lideraban", "dominaba", "dominaban", "domino", "dominaron",
        "lider", "lideres", "top", "maximo", "maxima", "maximos", "maximas", "max", "numero uno", "numero 1", "no 1",
        "# 1", "el peor", "la peor", "los peores", "las peores", "peor infractor", "domino", "dominaron", "domina",
        "dominan", "dominante", "predominante", "predomina", "(el|un|su) pico", "record historico", "cifra record", "nivel record",
        "nuevo record",
    ],
    "rank.min": [
        f"menos {_RANKED}", f"mas {_RANKED_LOW}", f"{_RANK_VERBS} menos", "hubo menos ?", f"{_ANO} hubo menos",
        "(el|la|los|las|lo) que menos", "menor", "menores", "minimo", "minima", "minimos", "minimas", "min",
        "ultimo lugar", "ultimo puesto", "en ultimo lugar",
        "(quedo|fue|esta|va|aparece|figura|salio|termino|quedaron|fueron) (ultimo|ultima|al final)",
        "al final de la lista", "hasta abajo", "el de abajo", "el mas raro", "menos comun", "menos comunes",
    ],
    "rank.2": ["(ultimo|ultima) de (los|las|esos|esas|estos|estas) (dos|2)", "segundo", "segunda", "2do", "2da", "2o", "2a", "numero dos", "# 2", "subcampeon"],
    "rank.2!": ["(un|una|por un) (segundo|segunda)"],  # "un segundo envío", "por un segundo": no ranking
    # "¿tenía más o menos líneas?" asks which way a figure went, not for the least or the most.
    "rank.min!": ["mas o menos", "mas o menos *", "por lo menos", "al menos",
                  # "¿es peligroso o nomás es de menor calidad?": a quality, not the fewest of anything.
                  "(de|con) (menor|peor) (calidad|precio|valor nutricional)", "menor calidad"],
    # "¿qué porcentaje venía de China, más o menos?": about, not more or fewer.
    # "¿cómo pido más información?": more of what is told, never more of anything counted.
    "compare.more!": ["mas o menos ?", _MORE_TOLD],
    "sum!": [_MORE_TOLD],
    "compare.less!": ["mas o menos ?"],
    # "la multa máxima que pueden cobrar": the most a penalty may be, no ranking of rows.
    "rank.max!": ["mas o menos", "mas o menos *", "lo peor que (puede|podria|pudiera|me puede|me podria) (pasar|suceder|ocurrir)", "(multa|multas|sancion|sanciones|pena|penas|condena) (maxima|maximas|mas alta|mas altas|mayor)",
                  "(maxima|mayor) (multa|sancion|pena|condena)",
                  # "¿qué es lo máximo que le pueden dar?": lo más que una persona puede recibir, una pena.
                  "lo (maximo|mas) que (le|les|me|te|nos) (pueden|podrian|puede|podria|van a) (dar|caer|poner|tocar)",
                  # "¿sobre qué valor se calcula el máximo de la multa?": lo más que puede ser una multa.
                  "(maximo|maxima|tope|limite) (de|del|para) [la|las|el|los|una|un] (multa|multas|sancion|sanciones|pena|penas|condena)"],
    "rank.3": ["(ultimo|ultima) de (los|las|esos|esas|estos|estas) (tres|3)", "tercero", "tercera", "tercer", "3ro", "3ra", "3er", "3o", "3a", "numero tres", "# 3"],
    "rank.4": ["(ultimo|ultima) de (los|las|esos|esas|estos|estas) (cuatro|4)", "cuarto", "cuarta", "4to", "4ta", "4o", "4a"],
    "rank.5": ["(ultimo|ultima) de (los|las|esos|esas|estos|estas) (cinco|5)", "quinto", "quinta", "5to", "5ta", "5o", "5a"],
    # The number must be the last word: frame.py reads it from there.
    "rank.list": [
        f"(top|principales|primeros|primeras|mayores|primeros lugares|primeros puestos|mejores) {_NUMS}",
        "(los|las) (3|4|5|6|7|8|9|10|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)",
    ],
    "rank.which": [
        "que", "q", "cual", "cuales", "donde", "quien", "quienes", "ranking", "clasificacion", "lista", "enumera",
        "enumere", "nombra", "nombre los", "menciona",
    ],
    "rank.year": [
        f"(en|de) (que|q|cual) {_ANO} [fiscal]", f"(que|q|cual) {_ANO} [fiscal]", "(que|q|cual) (af|fy)",
        f"cual fue el {_ANO}", f"(cual|cuales) de los (dos|tres|cuatro|cinco|2|3|4|5) {_ANOS}",
        f"(en|de) cual de los {_ANOS}", f"cual de (esos|estos|los|ambos) [dos|tres|cuatro|2|3|4] {_ANOS}", f"(cuales|que) {_ANOS} [fiscales]", f"(en|de) (que|q|cuales) {_ANOS}",
        "cuando (hubo|fue|fueron|se registro|se registraron|se incauto|se incautaron|se decomiso|se decomisaron) ... (mas|mayor|menos|menor|pico|record)",
        f"(de|entre) (los|esos|estos) [dos|tres|cuatro|cinco|2|3|4|5] {_ANOS} ... cual",
        f"(de|entre) (los|esos|estos) [dos|tres|cuatro|cinco|2|3|4|5] {_ANOS} cual",
    ],
    "years.among": [f"(de|entre) (los|esos|estos|todos los) [dos|tres|cuatro|cinco|2|3|4|5] {_ANOS}"],
    "which.one": ["(cual|cuál) (fue|tuvo|registro|hubo)", "en cual"],
    "year.had": ["ya (tengo|tenemos|consegui|conseguimos|encontre|sabemos|saque|sacamos)"],  # (not "ya se": folded, "ya sé" is "ya se incautaron")
    "year.every": ["en (la|esa|esta) tabla", "de (la|esa|esta) tabla", "(del|en el|de ese|de este) (informe|reporte)",
                   f"de todos los {_ANOS}", f"todos los {_ANOS}", "(que|q) (aparecen|muestra|salen|trae|da|incluye)",
                   "alguna vez", "de todos"],
    "compare": [
        "cambio", "cambios", "cambiaron", "cambiado", "ha cambiado", "han cambiado", "aumento", "aumentos",
        "aumentaron", "aumentado", "aumenta", "aumentan", "incremento", "incrementos", "incrementaron",
        "incrementado", "disminucion", "disminuciones", "disminuyo", "disminuyeron", "disminuido", "disminuye",
        "disminuyen", "reduccion", "redujo", "redujeron", "reducido", "se redujo", "se redujeron", "bajo", "bajaron",
        "(ha|han|habia|habian) bajado", "bajada", "subio", "subieron", "(ha|han|habia|habian) subido", "subida",
        "sube", "suben", "crecio", "crecieron", "crecimiento", "crecido", "crece", "crecen", "cayo", "cayeron",
        "caida", "caido", "descenso", "descendio", "descendieron", "comparado", "comparada", "comparados",
        "comparadas", "comparar", "compara", "comparando", "comparacion", "comparativa", "comparativo", "versus",
        # An imperative with its pronoun: "compárame el calzado", "compárenos 2020 y 2021".
        "comparame", "comparanos", "compareme", "comparenme", "comparenos", "comparalos", "comparelos",
        "vs", "frente a", "frente al", "diferencia", "diferencias", "tendencia", "tendencias", "salto", "se disparo",
        "se dispararon", "se duplico", "se duplicaron", "se triplico", "se desplomo", "se desplomaron", "repunte",
        "repunto", "variacion", "variaciones", "vario", "variaron", "evolucion", "evoluciono", "interanual",
        "subio o bajo", "sube o baja", "subieron o bajaron", "aumento o disminuyo", "aumentaron o disminuyeron",
        "mayor o menor", "mas alto o mas bajo", "mas o menos que",
        "mas o menos (incautaciones|lineas|decomisos|productos|articulos|valor|mercancia|casos|envios)",
        "(cuanto|cuantos|cuantas|cuanta) (mas|menos)", f"que en el {_ANO}",
        "que en (el af|el fy|af|fy|2017|2018|2019|2020|2021|2022|2023)",
        f"que el {_ANO} (pasado|anterior)", f"(respecto|con respecto|en relacion|en comparacion) (al|a|del|con el|con) {_ANO}",
        "en comparacion con", "comparado con", f"de un {_ANO} a otro", f"{_ANO} tras {_ANO}", f"{_ANO} con {_ANO}",
        f"desde el {_ANO}", "desde (el af|el fy|2017|2018|2019|2020|2021)",
    ],
    # "diferencia entre" asks a definition; "cayó en"/"cae dentro" is falling under; "bajo la sección 321" is under.
    "compare!": [
        "(diferencia|diferencias) entre", f"en {_Q} se (diferencia|diferencian|distingue|distinguen)", "mas o menos ?",
        f"{_Q} diferencia hay", "cual es la diferencia",
        "(notar|noto|ver|veo|saber|distinguir|distingo|reconocer|reconozco|decir|identificar|hacer) la diferencia",
        "(cae|caen|cayo|cayeron|caer|caeria|caerian) (en|dentro|bajo|bajo la|bajo el)",
        f"(mas|muy|tan|demasiado|menos|bastante|super|precio|precios|costo|a) {_RANKED_LOW}",
        "bajo (que|cual|ninguna|ningun|esta|este|estas|estos|esa|ese|dicha|dicho|mi|nuestra|nuestro|custodia|fianza|investigacion|revision|juramento)",
        "bajo (la|las|el|los) (ley|leyes|seccion|programa|articulo|regla|reglas|norma|normas|categoria|codigo|marca|nombre|definicion|autoridad|titulo|reglamento|regulacion|regulaciones|acuerdo|tratado)",
        "cambio (mi|mis|nuestra|nuestro|nuestras|nuestros)", "(como|puedo|quiero|necesito|debo|donde) cambio",
        "a cambio", "cambio de (nombre|direccion|domicilio|propietario|dueno|titular|titularidad|agente|contacto|correo|telefono)",
        "tipo de cambio", "sin cambio",
        # "¿qué cambió CBP en 2021 con el aviso de incautación?": what the agency did, not a figure's change.
        "cambio (cbp|la cbp|aduanas|la aduana)", "(cbp|aduanas|aduana) (cambio|ha cambiado|cambiaron|han cambiado)",
    ],
    "compare.percent": [
        f"en {_Q} (porcentaje|por ciento)", "en (cuanto|cuantos) por ciento", f"{_Q} tanto por ciento",
        f"{_Q} (porcentaje|por ciento) de (cambio|aumento|disminucion|crecimiento|incremento|reduccion|caida|baja|subida|variacion)",
        "(porcentaje|%|por ciento) de (cambio|aumento|disminucion|crecimiento|incremento|reduccion|caida|baja|subida|variacion)",
        "(cambio|aumento|disminucion|crecimiento|incremento|reduccion|caida|variacion) porcentual",
        "(subio|subieron|aumento|aumentaron|bajo|bajaron|crecio|crecieron|cambio|cambiaron|disminuyo|disminuyeron|cayo|cayeron) ... (en porcentaje|en por ciento|porcentualmente)",
        "(aumento|subio|bajo|crecio|disminuyo|cayo|cambio|vario|aumentaron|subieron|bajaron|crecieron|disminuyeron|cayeron) en (porcentaje|por ciento|%)",
        "(mas|menos|mayor|menor|superior|inferior) ... (en porcentaje|en por ciento|porcentualmente|en terminos porcentuales)",
        "(mas|menos|mayor|menor|superior|inferior) ... que ... (en porcentaje|en por ciento|porcentualmente|en terminos porcentuales)",
        "en terminos porcentuales", "porcentualmente", "cuanto por ciento",
        "en cuanto (aumento|subio|bajo|cambio|crecio|disminuyo|cayo|se redujo|incremento|vario|aumentaron|subieron|bajaron|crecieron|disminuyeron|cayeron)",
    ],
    "compare.more": [
        "mas", "menos", "mayor", "menor", "superior", "inferior", "supera", "supero", "superan", "superaron", "excede",
        "excedio", "exceden", "sobrepasa", "sobrepaso", "mas alto", "mas bajo",
    ],
    "compare.less": ["menos", "menor", "inferior", "mas bajo", "mas baja", "mas bajos", "mas bajas"],
    "change.up": ["aumento", "aumentos", "aumentaron", "aumentado", "aumenta", "aumentan", "incremento", "incrementaron",
                  "incrementado", "subio", "subieron", "subida", "crecio", "crecieron", "crecimiento", "crecido", "crece",
                  "crecen", "se disparo", "se dispararon", "se duplico", "se duplicaron", "repunte"],
    "change.down": ["disminucion", "disminuyo", "disminuyeron", "disminuido", "reduccion", "redujo", "redujeron", "se redujo",
                    "se redujeron", "bajo", "bajaron", "bajada", "cayo", "cayeron", "caida", "descenso", "descendio", "descendieron",
                    "se desplomo", "se desplomaron"],
    "total": [
        "total", "totales", "en total", "el total", "total de", "en conjunto", "globales", "global", "todo junto",
        "todos juntos", "combinado", "combinados", "sumados", "sumando", "suma total", "gran total",
        "(todas|todos) (las|los) (incautaciones|mercancias|lineas|productos|articulos|decomisos|bienes)",
        "todo lo (incautado|decomisado|confiscado)", "en su totalidad", "la totalidad", "acumulado",
        "(todos|todas) (los|las) (tipos|clases)", "de todo tipo", "de todos los tipos", "de cualquier tipo",
        "todo tipo de", "no (solo|solamente|nada mas) (las|los|la|el|de|ipr)",
    ],
    # Where goods come from: asks for the tables of places (the categories "country" names).
    "ask.kind": [f"{_Q} (tipo|tipos|clase|clases) de (cosas|articulos|mercancia|mercancias|productos|producto|falsificaciones|imitaciones)"],
    "ask.origin": [
        "de donde (vienen|viene|venian|venia|provienen|proviene|provenian|provenia|provinieron|provino|llegan|llega|llegaron|llego|llegaban|llegaba|salen|sale|salieron|salio|salian|salia|son|es|eran|era|vino|vinieron|procede|proceden|se originan|se origina|se envian|se envia|los mandan|las mandan|mandan|envian|los traen|las traen|traen)",
        f"de {_Q} (pais|paises|lugar|lugares|region|regiones|economia|economias|nacion|naciones)",
        f"{_Q} (pais|paises|nacion|naciones|economia|economias)", "cual (pais|economia|nacion)",
        "cuales (paises|economias|naciones)", "(pais|paises) de origen", "origen", "procedencia",
        "(proveniente|provenientes|procedente|procedentes) de", "(vienen|viene|provienen|proviene) de",
        "(hecho|hechos|hecha|hechas|fabricado|fabricados|fabricada|fabricadas|producido|producidos) en",
        "(enviado|enviados|enviada|enviadas|mandado|mandados|embarcado|embarcados) desde",
        "donde (se hacen|se fabrican|se producen|los hacen|las hacen|los fabrican|las fabrican|fabrican)",
    ],
    "year.back.2": ["dos anos (antes|atras|anteriores)", "hace dos anos", "2 anos (antes|atras)", "hace 2 anos"],
    "year.back.3": ["tres anos (antes|atras|anteriores)", "hace tres anos", "3 anos (antes|atras)", "hace 3 anos"],
    "year.previous": [
        f"[el|del|al] {_ANO} [fiscal] (pasado|anterior|previo|precedente)", f"[el|del|al] {_ANO} (antes|de antes)",
        f"un {_ANO} (antes|atras)", f"hace un {_ANO}", "(af|fy) (pasado|anterior|previo)",
    ],
    "year.next": [
        f"[el|del|al] {_ANO} [fiscal] (siguiente|posterior|que sigue|que viene)", f"[el|del|al] {_ANO} despues",
        f"un {_ANO} despues", f"[el|del|al] (proximo|siguiente) {_ANO} [fiscal]", "(af|fy) siguiente",
    ],
    "year.latest": [
        f"(este|el actual) {_ANO} [fiscal]", f"{_ANO} [fiscal] (actual|en curso|mas reciente)",
        f"ultimo {_ANO} [fiscal]",
        "(ultimo|ultima|ultimos|ultimas) (af|fy|informe|informes|reporte|reportes|datos|cifras|numeros|estadisticas|disponible|disponibles)",
        "mas reciente", "mas recientes", "mas nuevo", "mas nuevos", "mas actual", "mas actualizado", "actualmente",
        "ahorita", "ahora mismo", "en este momento", "hoy en dia", "hoy dia", "(este|esta) (af|fy)",
        "(af|fy) actual",
    ],
    "year.word": [
        "ano fiscal", "anio fiscal", "ano", "anio", "anos", "del ano", "el ano", "ejercicio fiscal", "periodo fiscal",
        "af", "fy", "fiscal", "en",
    ],
    "year.spelled.2018": ["dos mil dieciocho", "dos mil diez y ocho", "dos mil diezyocho"],
    "year.spelled.2019": ["dos mil diecinueve", "dos mil diez y nueve", "dos mil diezynueve"],
    "year.spelled.2020": ["dos mil veinte"],
    "year.spelled.2021": ["dos mil veintiuno", "dos mil veinte y uno", "dos mil veintiun", "dos mil veinteiuno"],
    "year.spelled.2022": ["dos mil veintidos", "dos mil veinte y dos"],
    "year.range": [
        "desde", "entre", "a partir de", "(de|del) (2017|2018|2019|2020|2021|2022) (a|al|hasta)",
    ],
    "year.range!": ["desde cuando", "a partir de cuando", "desde hace cuanto"],
    # -- words that rule something out -----------------------------------------------
    "negation": [
        "no", "sin", "sin contar", "sin incluir", "sin tomar en cuenta", "sin considerar", "excepto", "salvo",
        "excluyendo", "excluir", "exceptuando", "a excepcion de", "con excepcion de", "aparte de", "ademas de",
        "fuera de", "en lugar de", "en vez de", "no solo", "no solamente", "no nada mas", "que no sea", "que no sean",
        "(distinto|distintos|distinta|distintas|diferente|diferentes) (de|a)", "dejando fuera", "dejando de lado",
        "ignorando", "omitiendo", "no cuentes", "no cuente", "no incluyas", "no incluya", "mas alla de",
    ],
    "negation!": [
        "no (estoy|estamos) (seguro|segura|seguros|seguras)", "no se si", "ni idea", "no tengo (idea|ni idea)",
        "no sabria", "no lo se", "no se bien", "no se exactamente",
        "no se (que|q|cual|cuales|como|donde|a quien|quien|cuando|cuanto|cuantos|cuantas|por que|porque)",
    ],
    "all_other": [
        "todos los demas", "todas las demas", "todo lo demas", "todos los otros", "todas las otras", "los demas",
        "las demas", "el resto", "resto de", "otros", "otras", "otros paises",
    ],
    # -- what kind of answer the question wants --------------------------------------
    # "¿y el que sigue?" after a ranking is the next row, not what to do next ("¿qué sigue?").
    "howto!": ["(el|la|lo|los|las) que [le|les] sigue"],
    "howto": [
        "(como|komo) (puedo|podemos|puede|pueden|podria|podriamos|debo|debemos|debe|deben|deberia|hago|hacemos|hace|hacen|se|le|les|lo|la|los|las|me|nos|tengo que|tenemos que|hay que)",
        "(como|komo) (registro|reporto|denuncio|inscribo|presento|protejo|verifico|reviso|contacto|obtengo|consigo|solicito|pido|encuentro|busco|evito|identifico|recupero|reclamo|averiguo|tramito|sabre|se si|sabemos|reportar|denunciar|registrar|inscribir|proteger|saber si|evitar|identificar|detectar|distinguir|reconocer|hacer|presentar|solicitar|contactar|funciona el)",
        "(como|komo) (cambio|actualizo|modifico|renuevo|cancelo|corrijo|transfiero|cambiar|actualizar|modificar|renovar|cancelar|corregir|transferir)",
        f"{_Q} (puedo|podemos|debo|debemos|tengo que|tenemos que|hay que|se debe|se puede|necesito|deberia|debe|deben|pueden) hacer",
        f"{_Q} (hago|hacemos|hacer|sigue|procede|me recomienda|me recomiendas|recomiendan)",
        f"{_Q} (pasa|sucede) (si|cuando|con|despues|ahora|luego)",
        f"{_Q} hago ahora", "(k|ke) (hago|puedo hacer|debo hacer|hacemos)", "ahora que",
        "(cuales|que) son (los pasos|mis opciones|las opciones|nuestras opciones|el proceso|los requisitos)",
        "cual es el (proceso|procedimiento|tramite|paso|primer paso|siguiente paso)",
        f"{_Q} (pasos|requisitos|documentos|tramites|opciones) (tengo|hay|necesito|se necesitan|debo)",
        "hay (alguna forma|alguna manera|forma|manera|modo|algo|alguien|algun lugar|algun sitio|donde)",
        "existe (alguna forma|alguna manera|algun|alguna)",
        "donde (puedo|podemos|debo|debemos|tengo que|tenemos que|hay que|se puede|se pueden|se debe)",
        "donde (consigo|encuentro|busco|pido|obtengo|averiguo|reporto|denuncio|registro|presento|solicito)",
        "(a quien|con quien) (le|les|me|nos|puedo|debo|hay que|tengo que)",
        "(a quien|con quien) (aviso|digo|reporto|llamo|contacto|escribo|acudo|recurro|pregunto|notifico|informo|hablo)",
        "a donde (voy|acudo|llamo|escribo|puedo|debo|me dirijo|hay que|tengo que)",
        "se puede", "se pueden", "se permite", "es legal", "es ilegal", "es delito", "esta permitido",
        "esta prohibido", "es permitido", "es prohibido", "esta bien (si|que|comprar|vender|traer|importar)",
        "puedo", "podemos", "podria", "podriamos", "debo", "debemos", "deberia", "deberiamos", "tengo que",
        "tenemos que", "hay que", "necesito ayuda", "necesitamos ayuda",
        "(necesito|necesitamos|quiero|queremos) (hacer|reportar|denunciar|registrar|proteger|inscribir|presentar|contactar|recuperar|saber como|saber que hacer)",
        "ayudame", "ayudeme", "ayudenme", "me (ayudas|ayuda|ayudan)", "me (puedes|puede|pueden|podrias|podria) ayudar",
        f"{_Q} opciones (tengo|tenemos|hay)", "paso a paso", "que me recomienda", "que me recomiendas",
        "(me|nos) (van a|pueden|podrian) (multar|arrestar|demandar|quitar|incautar|decomisar|confiscar|sancionar|detener)",
    ],
    "define": [
        f"{_Q} (significa|significan|quiere decir|quieren decir)", "significado de", "significado", "definicion",
        "definicion de", "define", "definir", "defineme", "defina", f"{_Q} es (un|una|el|la|eso|esto|esa|ese)",
        f"{_Q} son (los|las|unos|unas|esos|esas|estos|estas)", f"{_Q} (es|son) exactamente",
        "explicame", "expliqueme", "expliquenme", "explica", "explique", "explicar",
        "me (puedes|puede|pueden|podrias|podria) explicar", "me (explicas|explica|explican)",
        "(k|ke) (significa|significan|quiere decir|es un|es una|es el|es la|son los|son las)",
        "como se (define|definen)", "diferencia entre", f"en {_Q} se diferencia", f"{_Q} diferencia hay", "cual es la diferencia",
        f"a {_Q} se (refiere|refieren)", f"a {_Q} te refieres", f"{_Q} se entiende por", f"{_Q} entienden por",
        f"{_Q} (quiere|quieres|quieren) decir con", "(en|con) palabras (sencillas|simples)", "en terminos simples",
        "en pocas palabras", f"{_Q} tipo de cosa", f"{_Q} cosa es", f"{_Q} (es|son) (eso|esto|esos|estos)",
    ],
    # Where a term was seen, or how it is named: not what a definition question is about.
    "define.where": [
        "informe", "informes", "reporte", "reportes", "tabla", "tablas", "cuadro", "cuadros", "grafica", "graficas",
        "grafico", "graficos", "cifras", "numeros", "datos", "estadisticas", "stats", "documento", "termino",
        "terminos", "palabra", "palabras", "sigla", "siglas", "abreviatura", "abreviacion", "acronimo",
        "en palabras simples", "en palabras sencillas", "en pocas palabras", "exactamente", "realmente",
        "en realidad", "significa", "significan", "significado", "quiere decir", "refiere", "refieren", "categoria",
        "columna", "fila", "renglon",
    ],
    # The kind of answer asked for, which the report's prose gives in one sentence (reading.py).
    # Lo que algo le cuesta a quien pregunta: la respuesta es un monto ("$190 por clase").
    "answer.cost": [
        "cuanto (cuesta|cuestan|costaria|costara|cobra|cobran|se paga|hay que pagar|tengo que pagar|es la tarifa|es el costo|es la cuota|sale)",
        "(cual|que) es (la tarifa|el costo|el precio|la cuota|el cargo)", "(hay|tiene) (algun|alguna|un|una) (costo|tarifa|cuota|cargo|cobro)",
        "(tarifa|costo|precio|cuota) (de|del|para|por)",
    ],
    "answer.duration": [
        "cuanto tiempo", "cuanto (tarda|tardan|se tarda|demora|demoran|se demora|dura|duran)", "en cuanto tiempo",
        "(que|q) tan (rapido|pronto)", "cuantos dias", "cuantas semanas", "cuantos meses", "cuantas horas",
        "tiempo de (espera|despacho|liberacion)",
    ],
    "answer.time": [
        "desde cuando", "hasta cuando", "para cuando", "a partir de cuando", "(en|que) fecha", "hace cuanto",
        "cuando (fue|fueron|empezo|empezaron|comenzo|comenzaron|inicio|entro|entra|sera|llega|llegara|recibo|recibire|puedo|sucedio|ocurrio|estara)",
        "en (que|cual) (año|ano|mes)",
    ],
    "ask.form": ["(que|cual|cuales) (tipo|tipos|clase|clases) de", "que exactamente", "legalmente hablando", "en palabras sencillas"],
    "count.volume": ["(proceso|procesaron|procesa|procesan|procesar|procesado|procesados|manejo|manejaron|despacho|despacharon|inspecciono|inspeccionaron|reviso|revisaron)"],
    # "¿vale la pena demandar?": whether to do something, no value asked.
    # "los envíos de poco valor": the kind of shipment, not its value asked.
    # "¿cuántos envíos con mercancía falsificada incautó CBP?": un envío incautado es una incautación.
    "measure:seizures": ["(envios|cargamentos|paquetes|remesas) ... (incauto|incautaron|incautados|incautadas|decomiso|decomisaron|decomisados)",
                         "(incautaron|decomisaron) [cuantos|los|unos] (envios|cargamentos|paquetes|remesas)"],
    "measure:msrp!": ["(vale|valdria|valio|valia|valdra) la pena", "(de|con) (poco|bajo|escaso) valor"],
    "ask.legal": ["(debo|puedo|podemos|debemos) demandar", "(demandarlo|demandarla|demandarlos|demandarlas)", "poner una demanda",
                  # "¿cómo demando al vendedor?": how to sue is a lawyer's to advise on, as whether to is.
                  "(como|donde|cuando) (demando|demandamos|demandar|lo demando|la demando|los demando|le demando)",
                  "demandar (al|a la|a los|a las|a un|a una|a ese|a esa|a este|a esta)",
                  # "mi abogado dice que demande al importador": told to sue, asking whether to.
                  "(que|q) (demande|demandemos|lo demande|la demande|los demande)",
                  "necesito (un|una) (abogado|abogada)", "(contratar|conseguir) (un|una) (abogado|abogada)", "voy a ganar", "que chance tengo",
                  "en (su|tu) opinion",
                  # Whether it is worth suing, and which lawyer to hire, are a lawyer's (or a bar's) to say.
                  "(me|nos|le|les) conviene demandar", "(vale la pena|conviene) demandar",
                  "(que|cual|algun) (abogado|abogada) (me|nos) (recomienda|recomiendas|recomiendan|sugiere|sugieres)",
                  "(recomiendame|recomiendeme|recomiendenme) (un|una|algun) (abogado|abogada)",
                  # Being sued, or what to answer the other side's lawyer, is a lawyer's to advise on.
                  "(me|nos) (demandaron|demandan|demando|quieren demandar|van a demandar|estan demandando|pueden demandar|podrian demandar)",
                  "(que|como) le (respondo|contesto|digo|respondemos|contestamos) al (abogado|abogada)",
                  # Settling or fighting it in court, as "settle or fight" in English.
                  "(me|nos|le|les) conviene (llegar a un acuerdo|negociar|arreglar|pelear|pelearlo|ir a juicio|ir a la corte)",
                  "(debo|deberia|debemos|deberiamos) (llegar a un acuerdo|negociar|pelear|pelearlo|ir a juicio|ir a la corte)",
                  "llegar a un acuerdo o (pelear|pelearlo|luchar|ir)",
                  "(pelear|pelearlo|pelearla|luchar|lucharlo) en (la corte|corte|los tribunales|el tribunal|un juicio)"],
    # "por qué" asks why before a verb or article; "¿por qué medio...?" asks which.
    "ask.why": ["por que (es|son|fue|fueron|se|hay|cbp|el|la|los|las|no|ya|ahora|usa|usan|cuenta|cuentan|tiene|tienen)", "porque razon", "por (cual|que) razon", "cual es la razon", "a que se debe"],
    "ask.meaning": ["[eso|esto] (significa|quiere decir|implica) que", "(eso|esto) (significa|quiere decir|implica)"],
    "answer.frequency": ["con (que|cuanta) frecuencia", "cada cuanto", "cada cuando", "(que|q) tan seguido", "cuantas veces al"],
    "answer.place": [
        "donde (se jugo|se llevo a cabo|se celebro|se firmo|se realizo|tuvo lugar|fue el partido|fue el juego|queda|esta ubicado|esta ubicada)",
        "en (que|cual) (ciudad|estadio|estado|sede)", "(que|cual) (ciudad|estadio|sede)",
    ],
    "answer.names": [
        "(que|cuales) (empresas|compañias|companias|marcas|organizaciones|agencias|socios|plataformas|minoristas|fabricantes|participantes)",
        "quienes (son|fueron) (los|las)", "nombres de (los|las)",
        "(cual|como) (es|era) el nombre de", "como se (llama|llaman|llamaba|llamaban|llamo|llamaron)",
        "(que|cuales) (economias|paises|naciones|miembros|agencias|socios|empresas) (participaron|participan|tomaron parte|se unieron|firmaron)",
    ],
    "term.end": ["y (quien|quienes|que|como|donde|cuando|cual|cuales|cuanto|cuanta|cuantos|cuantas|por que|para que)",
                 "o (quien|que|como|donde|cuando|cual)"],
    "define.term": [
        f"{_Q} (significa|significan|quiere decir|quieren decir) ... ?", f"{_Q} (significa|significan|quiere decir|quieren decir) ...",
        "(significado|definicion) de [el termino|la palabra] ... ?", "(significado|definicion) de [el termino|la palabra] ...",
        "(define|defineme|defina|definir) ... ?", "(define|defineme|defina|definir) ...",
        f"{_Q} (es|son) [un|una|el|la|los|las] ... ?", f"{_Q} (es|son) [un|una|el|la|los|las] ...",
        "(k|ke) (significa|significan|quiere decir) ... ?", "(k|ke) (significa|significan|quiere decir) ...",
        "(k|ke) (es|son) [un|una|el|la|los|las] ... ?",
        f"{_Q} (es|son) ... exactamente", f"{_Q} se entiende por ... ?", f"{_Q} se entiende por ...",
        # "¿Cómo se define una marca falsificada para CBP?"
        "como se (define|definen) [el|la|los|las|un|una] ... ?", "como se (define|definen) [el|la|los|las|un|una] ...",
        f"a {_Q} se (refiere|refieren) ... ?",
        "(explicame|expliqueme|explica|explique) [que es|que son] [el|la|los|las|un|una] ... ?",
        "(explicame|expliqueme|explica|explique) [que es|que son] [el|la|los|las|un|una] ...",
        "(hablame|hableme|cuentame|cuenteme) (de|sobre|acerca de) [el|la|los|las] ...",
        "(el termino|la palabra|la sigla|las siglas|el acronimo|la abreviatura) ... (que significa|que significan|que quiere decir|que es)",
    ],
    "person": [
        "(hablar|hablo|platicar|chatear|comunicarme|comunicarnos|contactar) (con|a) (una persona|un humano|alguien|un agente|una agente|un representante|una representante|un oficial|un ser humano|personal|un operador|una operadora|un asesor|una asesora|un empleado|una empleada|gente|alguien real)",
        "(persona|humano|agente|gente) (real|de verdad|de carne y hueso)", "ser humano", "con (una persona|un humano|alguien real)",
        "atencion al cliente", "servicio al cliente", "un representante", "una representante", "un operador",
        "una operadora", "(que|q) me llamen", "llamenme", "llameme", "(pasame|paseme|pasenme|comunicame|comuniqueme) con",
    ],
    "channel": [
        "denunciar", "denuncia", "denuncio", "denuncias", "denunciarlo", "denunciarla", "denunciarlos", "denunciarlas",
        "reportar", "reporto", "reporte", "reportarlo", "reportarla", "reportarlos", "reportarlas", "reportalo",
        "reportala", "informar", "informarle", "informarles", "notificar", "notifico", "notificarle", "avisar", "avisarle",
        "avisarles", "aviso", "alertar", "dar aviso", "dar parte", "acusar", "quejarme", "quejarse", "queja", "quejas",
        "presentar (una|un|mi|su|el|la) *", "someter (una|un|mi|su|el|la) *",
        # "¿cómo presento una?" after the e-Allegations figures: how to file one is where to go.
        "(como|donde|a donde) (presento|presentamos|someto|envio|enviamos|mando|mandamos|levanto|levantamos|pongo|ponemos) (una|uno|un|mi|nuestra|nuestro)",
        "(hacer|hago|presento|envio|enviar|mando|mandar|levantar|levanto|poner|pongo|llenar|lleno) (el|un|una|mi|la) (reporte|denuncia|queja|solicitud|formulario)",
        "registrar", "registrarme", "registrarla", "registrarlo", "registrarlas", "registrarlos",
        "registro (mi|la|nuestra|una|las|mis|nuestras)",
        "registro (de marca|de marcas|de derechos|ante cbp|con cbp|en cbp|ante la aduana|con la aduana)",
        "inscribir", "inscribirme", "inscribo", "inscripcion", "recordation", "e recordation",
        "buscar (en|si|una marca|marcas|la marca|mi marca|un registro|registros)", "busqueda",
        "consultar (la base|el registro|los registros|si|una marca|marcas)", "base de datos", "contactar",
        "contactarlos", "contactarles", "contacto", "comunicarme", "comunicarse", "comunicarnos",
        "correo electronico", "(mandar|enviar|escribir|mando|envio|escribo|mandarles|enviarles|mandarle|enviarle) (un|el) correo",
        "correo (de contacto|para|al que|de cbp|de la aduana|del)", "email", "e mail", "mail", "imeil",
        "telefono", "llamar", "llamarles", "llamarle", "llamarlos", "llamada", "llamo a",
        "(a quien|donde|a donde|a que numero) llamo", "numero (para|al que|de telefono|de contacto|telefonico)",
        "linea directa", "help desk", "helpdesk", "mesa de ayuda", "resolucion", "ruling", "ponerme en contacto",
        "(a quien|con quien) (le|les)", "(a quien|con quien) (aviso|digo|reporto|llamo|contacto|escribo|acudo|recurro|notifico|informo)",
        "(a quien|con quien) (me|nos) (comunico|comunicamos|dirijo|dirigimos|contacto|pongo en contacto)", "comunico", "comunicamos",
        "(que|cual) correo", "(a|en) (que|cual) (correo|direccion|numero)", "(le|les) escribo", "(le|les) escribimos",
        "donde (puedo|podemos|debo|debemos|tengo que|tenemos que|hay que|se puede|se debe|reporto|denuncio|registro|presento|llamo|escribo|mando|envio|aviso|acudo|me comunico|consigo|encuentro|busco|hago|inscribo)",
        "(a donde|adonde) (llamo|llamar|escribo|escribir|mando|mandar|envio|enviar|reporto|reportar|denuncio|denunciar|acudo|acudir|voy|ir|me dirijo|puedo|debo|tengo que|hay que)",
        "solicitar", "solicitud", "pedir (una|un)", "escribir a", "escribirles", "escribirle", "enviarlo a",
        "mandarlo a", "link", "links", "enlace", "enlaces", "liga", "url", "pagina (web para|para|web de|de internet)",
        "sitio web (para|de)", "direccion web", "portal", "formulario", "aplicar", "suscribirme",
    ],
    # "el reporte" is the report itself ("según el reporte"), not a report to file.
    "channel!": [
        # "¿me vuelve a aplicar la exención?": a rule that applies, no application to file.
        "(vuelve|vuelven|volveria|volverian) a aplicar", "aplicar (la|esa|esta|el|ese|este|mi|su) (exencion|regla|reglas|limite|norma|normas|excepcion)",
        "(el|este|ese|del|al|su|tu|los|estos|esos|sus) (reporte|reportes)",
        "(reporte|reportes) (anual|anuales|de estadisticas|estadistico|estadisticos|de incautaciones|de cbp|de la cbp|del ano|del af|fiscal|dice|dicen|decia|muestra|muestran|mostro|indica|menciona|incluye|cubre|enumera|lista|da|presenta|publicado|de ipr|de propiedad intelectual)",
        "segun (el|los|este|ese) (reporte|reportes)", "en el reporte", "(estos|los|esos) datos", *_ELLOS_NOTIFICAN,
    ],
    "channel.phone": [
        "telefono", "llamar", "llamarles", "llamarle", "llamarlos", "llamada", "llamo a",
        "(a quien|donde|a donde|a que numero) llamo", "numero de telefono", "numero para llamar", "numero telefonico",
        "linea directa", "hotline", "marcar", "(al|a su|su|por) cel", "celular de contacto",
    ],
    "channel.email": [
        "correo electronico", "email", "e mail", "mail", "imeil", "escribir a", "escribirles", "escribirle",
        "direccion de correo", "(mandar|enviar|mandarles|enviarles|mandarle|enviarle|mando|envio) (un|el) correo",
        "correo (de contacto|para|al que|de cbp|de la aduana|del)",
        # "¿A qué correo escribo?": a mailbox one writes to is an e-mail address.
        "(a|que|cual|cual es el) correo (escribo|escribir|escribimos|le escribo|les escribo|mando|envio|mandar|enviar|puedo escribir)",
        "(escribo|escribir|escribimos) (al|a un|a que) correo",
    ],
    # CBP notifying someone ("¿en cuánto tiempo me tienen que notificar?") is no channel question.
    "channel.report!": _ELLOS_NOTIFICAN,
    "channel.tell!": _ELLOS_NOTIFICAN,
    "channel.report": [
        "reportar", "reporto", "reporte", "reportarlo", "reportarla", "reportarlos", "reportalo", "denunciar",
        "denuncia", "denuncio", "denuncie", "denunciarlo", "denunciarla", "quejarme", "queja", "avisar", "aviso",
        "notificar", "alertar", "decirle", "decirles", "acusar", "dar parte", "dar aviso", "informar",
    ],
    "channel.tell": [
        "(a quien|a quienes) (le|les) (digo|aviso|informo|notifico|cuento|reporto|alerto|decimos|avisamos)",
        "(a quien|a quienes) (digo|aviso|informo|notifico|cuento|reporto|alerto)", "avisar", "avisarle", "avisarles",
        "aviso", "decirle", "decirles", "informar", "informarle", "informarles", "notificar", "notificarle",
        "alertar", "advertir", "dejar saber", "hacer saber", "contarle", "dar aviso", "dar parte",
    ],
    "seller": [
        "vendedor", "vendedora", "vendedores", "vendedoras", "vende", "venden", "vendiendo", "vendia", "vendian",
        "venta", "ventas", "tienda", "tiendas", "tienda en linea", "pagina", "paginas", "sitio", "sitios", "sitio web",
        "web", "cuenta", "anuncio", "anuncios", "publicacion", "publicaciones", "marketplace", "en linea", "online",
        "app", "aplicacion", "perfil", "local", "tianguis", "pulga", "swap meet", "comerciante", "comerciantes",
        "negocio",
    ],
    # -- words that put a message inside IPR enforcement -------------------------------
    "verb.aux": ["fue", "fueron", "ha", "han", "hubo", "hay", "habia", "tiene", "tienen", "tuvo", "tuvieron", "se",
                 "son", "era", "eran", "es", "esta", "estan", "llegaron", "entraron"],
    "period.part": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre",
                    "octubre", "noviembre", "diciembre", "trimestre", "trimestres", "trimestral", "primer semestre",
                    "segundo semestre", "semestre"],
    "term.generic": ["sistema", "sistemas", "programa", "programas", "base de datos", "portal", "plataforma",
                     "herramienta", "proceso", "iniciativa", "servicio"],
    # Quien hace algo: "¿cuántas | puedo traer?" no nombra lo contado.
    "subject.person": ["yo", "puedo", "podemos", "puede", "pueden", "debo", "debemos", "tengo", "tenemos", "me", "nos"],
    "subject.first_person": ["yo", "puedo", "podemos", "debo", "debemos", "tengo", "tenemos", "me", "nos"],
    "ask.permission": ["(me|nos) (dejan|dejarán|dejaran|permiten|permitirán|permitiran)", "permitido", "permitidos",
                       "permitidas", "(puedo|podemos)"],
    "ask.could_be": ["cuanto (podria|podrian|seria|serian|costaria|costarian)", "de cuanto (podria|seria)",
                     "cuanto (me|nos|le|les) (podrian|pueden|van a) (cobrar|multar)"],
    "counted.any": ["bienes", "articulos", "productos", "producto", "cosas", "mercancia", "mercancias", "unidades",
                    "piezas", "total", "dinero", "falsificado", "falsificados", "falsificada", "falsificadas",
                    "falso", "falsos", "falsa", "falsas", "pirata", "piratas", "imitacion", "imitaciones", "replica",
                    "replicas", "ilegal", "ilegales", "ilicito", "ilicita", "ilicitos", "ilicitas"],
    "anchor": [
        "falsificado", "falsificada", "falsificados", "falsificadas", "falsificacion", "falsificaciones", "falsificar",
        "falsifican", "falsificador", "falsificadores", "falso", "falsa", "falsos", "falsas", "fake", "fakes",
        "pirata", "piratas", "pirateria", "pirateado", "pirateada", "pirateados", "pirateadas", "imitacion",
        "imitaciones", "de imitacion", "replica", "replicas", "clon", "clones", "clonado", "clonados", "chafa",
        "chafas", "trucho", "truchos", "copia barata", "copias baratas", "copia pirata", "copias", "no original",
        "no originales", "no es original", "no son originales", "no autentico", "no autenticos", "marca registrada",
        "marcas registradas", "marca comercial", "marcas comerciales", "nombre comercial", "derechos de autor",
        "derecho de autor", "propiedad intelectual", "ipr", "e allegation", "e allegations", "eallegation",
        "eallegations", "alegacion electronica", "alegaciones electronicas", "recordation", "e recordation",
        "registro de marca", "registro de marcas", "mercado gris", "mercancia del mercado gris", "regla lever", "patentado", "patentada", "(registrar|registro|inscribir|inscribo|proteger|protejo) (mi|la|nuestra|su|una|mis|nuestras|sus) (marca|marcas)",
        "patente", "patentes", "orden de exclusion",
        "ordenes de exclusion", "itc", "seccion 337", "infraccion", "infracciones", "infractor", "infractores",
        "infringe", "infringen", "infringir", "knockoff", "knockoffs", "bootleg", "dupe", "dupes", "counterfeit",
        "trademark", "copyright",
        # The travelers' exemption by its everyday names: "la exención de un artículo", "la regla de uno por persona".
        "(exencion|regla|limite|franquicia) (personal|de un articulo|de uno por persona|de un solo articulo|de viajero|del viajero)",
    ],
    "destination": [
        "(a|hacia|hasta|entrar a|entran a|entra a|llegan a|llega a|llegar a|ingresan a|ingresa a|ingresar a|traer a|traen a|"
        "importar a|importan a|enviar a|envian a|mandan a|pasan a|meten a) [los] (ee uu|eeuu|eua|eu|estados unidos|usa)",
    ],
    "agency": [
        "(cbp|aduana|aduanas|gobierno|autoridades|frontera|proteccion fronteriza) (de|del|de los) (ee uu|eeuu|eua|eu|estados unidos|usa)",
        "(aduana|aduanas|frontera|autoridades) (estadounidense|estadounidenses|americana|americanas|gringa)",
    ],
    "border": [
        "cbp", "aduana", "aduanas", "aduanal", "frontera", "fronteras", "fronterizo", "proteccion fronteriza",
        "incautado", "incautada", "incautados", "incautadas", "incautacion", "incautaciones", "incautar", "incautaron",
        "incauto", "incautan", "incauta", "decomiso", "decomisos", "decomisado", "decomisada", "decomisados",
        "decomisadas", "decomisar", "decomisaron", "confiscado", "confiscada", "confiscados", "confiscadas",
        "confiscar", "confiscaron", "confiscacion", "retenido", "retenida", "retenidos", "retenidas", "retuvieron",
        "retencion", "interceptado", "interceptados", "interceptada", "interceptadas", "importacion",
        "importaciones", "importar", "importado", "importada", "importados", "importadas", "importador",
        "importadores", "importando", "puerto", "puertos", "puerto de entrada", "punto de entrada", "garita",
        "(me|nos|le|les) (quitaron|quito|retuvieron|retuvo|detuvieron|detuvo|incautaron|incauto|decomisaron|decomiso|confiscaron|confisco)",
    ],
    # -- pointing back at what the conversation was about ------------------------------
    "refer.cue": [
        "y", "y en", "y el", "y la", "y los", "y las", "y para", "y con", "y de", "y del", "y sobre", "y acerca de",
        "y que hay de", "y que tal", "y que pasa con", "que tal", "que hay de", "tambien", "ahora", "entonces",
        "(ok|okay|oki|vale|bueno|listo|perfecto) y", "lo mismo (para|en|con|pero)", "igual (para|en|con|pero)",
        "asimismo", "asi mismo", "en cuanto a", "respecto a", "ademas", "y por", "y si",
    ],
    # Lo que se hace con las cosas ("¿qué hace la aduana con lo pirata que incauta?"): se lee "happen".
    "ask.fate": ["que pasa con", "que sucede con", "que (hace|hacen|hizo|hara|haran) [...] con", "a donde (va|van) a parar"],
    "ask.fate!": ["y que pasa con"],
    # Clitics point back only before a verb: "la", "los", "las" are far more often articles.
    "ask.identify": [
        "(saber|se|sabe) si", "distinguir", "distingo", "reconocer", "reconozco", "identificar", "identifico", "detectar",
        "detecto", "darme cuenta", "notar si", "es (original|real|autentico|autentica|legitimo|legitima)",
    ],
    # "¿eso también es cierto en valor?", "¿pasa lo mismo en 2019?": "eso" is the previous answer's claim.
    "refer.claim": [
        "[eso|esto] [tambien] (es|era|sera|fue|sigue siendo) (cierto|verdad|asi)",
        "(pasa|pasaba|paso|ocurre|ocurria|ocurrio|sucede|sucedio|vale|aplica|se cumple|se cumplio) lo mismo",
        "(se cumple|se cumplia|se mantiene|se mantenia|se mantuvo) [eso|esto]", "[eso|esto] (se cumple|se mantiene|se mantuvo)",
        "[es|fue] igual (en|por|con)",
    ],
    # "¿quién la dirige?", "¿cuándo se lanzó?": a pronoun before the verb right after the question word points at
    # what the conversation is on (state.py checks that a verb follows: "¿qué la marca...?" has none).
    "refer.clitic": ["(quien|quienes|que|cuando|donde|como|cuanto|cuantos|cuantas|cual|por) (la|lo|las|los|le|les|se)"],
    "refer.many": ["esos", "esas", "estos", "estas", "ellos", "ellas", "aquellos", "aquellas", "los mismos", "las mismas"],
    # El lugar de un ranking señalado, no su fila: "¿y en 2021 quién ocupó ese lugar?"
    "refer.place": ["(ese|este|aquel|el mismo) (lugar|puesto|sitio)", "(esa|esta|aquella|la misma) (posicion|casilla)"],
    "refer.all": ["todo (eso|esto|ello|aquello)", "todos (esos|estos|ellos)", "todas (esas|estas|ellas)"],
    "refer.the": ["(el|la) (piloto|programa|operacion|iniciativa|campana|acuerdo|memorando|version|esfuerzo|alianza|partido|evento|estudio|serie|reunion|conferencia|capacitacion|proyecto)",
                  "(los|las) (pilotos|programas|operaciones|iniciativas|campanas|acuerdos|versiones|esfuerzos|alianzas|eventos|estudios)"],
    # "ese año" points at the conversation's year, not at its row.
    "refer.back!": [f"(ese|este|aquel) [mismo] {_ANO}", "(ese|este) (af|fy)",
                    # "¿qué es eso de e-Allegations?": "eso de" names what follows, it points at nothing said.
                    "(eso|esto|aquello) (de|del)"],
    "refer.back": [
        # Spanish leaves the subject out: "¿Cuántas estaban activas?" counts what the conversation named.
        "(cuantos|cuantas) (estaban|estaba|estan|eran|son|seguian|seguia|siguen|quedaban|quedaba|quedan|quedaron|habia|tenian|tenia|tuvieron|recibieron|hubo de ellas|hubo de ellos)",
        # "¿cuántas de propiedad intelectual hubo?": a kind with no noun ("how many IPR ones").
        "(cuantos|cuantas) de (propiedad intelectual|pi|ipr)",
        # "¿cuántas activas administraba?": an adjective with no noun ("how many active ones").
        "(cuantos|cuantas) (activos|activas|vigentes|pendientes|nuevos|nuevas|distintos|distintas|diferentes)",
        # "¿cuántas líneas fueron?", "¿cuánto valía?": a count or a value asked with a verb and no subject of its own.
        "(cuantos|cuantas|cuanto|cuanta) [lineas|incautaciones|articulos|envios|dolares] (fueron|fue|era|eran|valia|valian|valio|valieron|tuvo|sumo|sumaron|sumaba|sumaban)",
        # "¿qué porcentaje del total representaba?": a share asked with a verb and no subject of its own.
        "(que|cual) (porcentaje|proporcion|parte) [del total] (representaba|representa|represento|representaban|representan|representaron|significaba|significo|era|fue)",
        "eso", "esa", "ese", "esos", "esas", "esto", "este", "estos", "estas", "ello", "ellos", "ellas", "su", "sus",
        "alli", "ahi", "alla", "aquel", "aquella", "aquellos", "aquellas", "dicho", "dicha", "el mismo", "la misma",
        "lo mismo", "los mismos", "las mismas", "eso mismo", f"ese {_ANO}", f"ese mismo {_ANO}", "ese af",
        "el anterior", "la anterior",
        # "¿cómo presento una?": "one" of what the conversation is about.
        "(presento|presentar|reporto|reportar|denuncio|denunciar|hago|hacer|registro|registrar|inscribo|inscribir|envio|enviar|mando|mandar|pido|pedir|consigo|conseguir|pongo|poner|levanto|levantar) (una|uno)",
        "(lo|la|los|las) (reporto|reportamos|denuncio|denunciamos|registro|registramos|hago|hacemos|envio|mando|presento|inscribo|protejo|compro|compre|vendo|importo|encuentro|encontre|veo|vi|busco|consigo|recupero|devuelvo|pido|pedi|puedo|podemos|debo|debemos|tengo|tienen|tiene|incautaron|decomisaron|confiscaron|retuvieron|detuvieron|quitaron|hicieron|hace|hacen|reportan|denuncian|registran|comparo|compara|uso|usan|cuentan|cuenta|incluye|incluyen)",
        # "¿qué porcentaje le tocó al de electrónica?": a noun left out ("the one of electronics") is the
        # one the conversation named (the centers).
        "(al|el|del) de",
        # "¿Cuántas líneas se le atribuyen?": the dative "le" is the thing named before. (In "¿cuánto le
        # correspondió a China?" it is the row named after, so only "se le" is read.)
        "se (le|les) (atribuye|atribuyen|atribuyo|atribuyeron|atribuia|atribuian|adjudica|adjudican|adjudico|adjudicaron|asigna|asignan|asigno|asignaron|cuenta|cuentan|conto|contaron|incauto|incautaron|decomiso|decomisaron|confisco|confiscaron)",
        # "¿cómo le hago?" points at nothing.
        "(le|les) (reporto|reportamos|denuncio|denunciamos|registro|registramos|envio|mando|presento|inscribo|protejo|compro|compre|vendo|importo|encuentro|encontre|veo|vi|busco|consigo|recupero|devuelvo|pido|pedi|puedo|podemos|debo|debemos|tengo|tienen|tiene|incautaron|decomisaron|confiscaron|retuvieron|detuvieron|quitaron|hicieron|reportan|denuncian|registran|comparo|compara|uso|usan|cuentan|cuenta|incluye|incluyen)",
        "reportarlo", "reportarla", "reportarlos", "reportarlas", "denunciarlo", "denunciarla", "denunciarlos",
        "registrarlo", "registrarla", "registrarlos", "hacerlo", "hacerla", "compararlo", "compararla", "verlo",
    ],
    # -- the sentences that ask --------------------------------------------------------
    "asks": [
        "que", "q", "cual", "cuales", "como", "komo", "cuanto", "cuanta", "cuantos", "cuantas", "donde", "adonde",
        "cuando", "quien", "quienes", "por que", "porque", "por q", "porq", "pq", "xq", "xk", "x q", "puedo",
        "podemos", "puede", "pueden", "podria", "podrias", "se puede", "hay", "existe", "existen", "es", "esta",
        "tienen", "tiene", "dime", "digame", "diganme", "decime", "me dices", "me dice",
        "me (puedes|puede|pueden|podrias|podria|podrian) (decir|dar|explicar|ayudar|informar|mostrar)",
        # Spain's "vosotros": "¿me podéis decir...?", "decidme", "¿sabéis...?"
        "me (podeis|podriais) (decir|dar|explicar|ayudar|informar|mostrar)", "podeis", "podriais", "sabeis", "decidme",
        "teneis",
        "quiero saber", "quisiera saber", "me gustaria saber", "necesito saber", "queria saber", "necesito",
        "quiero", "quisiera", "busco", "estoy buscando", "tengo una (pregunta|duda|consulta)", "una pregunta",
        "una duda", "pregunta", "duda", "me preguntaba", "curiosidad", "alguna idea", "dame", "deme", "denme",
        "muestrame", "muestreme", "ensename", "enseneme", "informacion", "info", "por favor", "porfavor", "porfa",
        "xfa", "porfis", "?",
    ],
    # "¿cuántas hubo en 2021? soy de Medellín y me dio curiosidad": an afterthought, not another question.
    "asks!": ["(me dio|me da|me entro|me entra|por|de pura|pura|simple) curiosidad", "curiosidad nomas", "curiosidad nada mas"],
    # -- small talk: a whole message that is only this ----------------------------------
    "talk.greeting": [
        "(hola|holi|holis|ola|holaa|buenas|wenas|saludos|hey|hi|hello|alo|buen dia|buenos dias|buenas tardes|buenas noches|muy buenos dias|muy buenas tardes|muy buenas noches|muy buenas) [a todos|amigo|amiga|bot|de nuevo|otra vez|equipo|chat|asistente|cbp|cordiales]",
        "(que|q|k|ke) tal", "hola (que|q|k|ke) tal",
        # Words that call for attention before a question ("Oiga, ¿cuántas...?"), as "hey" does.
        "(oye|oiga|oigan|disculpe|disculpa|disculpen)",
        # "q onda con las tarjetas falsas, ¿cuántas...?": "what's up with" leads into what is asked about.
        "(que|q|k|ke) onda con",
    ],
    "talk.thanks": [
        "gracias", "grasias", "grax", "grs", "grcs", "muchas gracias", "muchas grasias", "mil gracias",
        "muchisimas gracias", "gracias de nuevo", "gracias otra vez", "gracias nuevamente",
        "[muchas|mil] gracias (por|x) [la|su|tu|toda la] (ayuda|informacion|info|respuesta|tiempo|atencion)",
        "(ok|okay|oki|okey|vale|perfecto|listo|excelente|genial|muy bien|bien|sale|super|ah ok|ah ya) [muchas|mil] gracias",
        "(te|le|se lo|se la|les|te lo) agradezco", "se agradece", "muy (agradecido|agradecida|amable)",
        "(agradecido|agradecida)", "que amable", "muy util", "super util", "muy buena informacion",
        "me (sirvio|sirve|ayudo|ha ayudado|ha servido) [mucho|bastante]", "eso (ayuda|me ayuda|sirve)",
        "tiene sentido", "ya entendi", "entendido", "entiendo", "ya veo", "de acuerdo", "ok", "okay", "oki", "okey",
        "[gracias|ok|listo|perfecto] (eso|es) [es] todo [lo que necesitaba|por ahora|gracias]",
        "ok ok", "vale", "sale", "listo", "perfecto", "genial", "excelente", "buenisimo", "muy bien", "bien",
        "que bueno", "bueno saberlo", "que bueno saberlo", "chido", "claro", "ah ok", "ah ya", "ah bueno", "ya",
        "thanks", "thank you", "ty", "thx",
    ],
    "talk.bye": [
        "adios", "hasta luego", "hasta pronto", "hasta la proxima", "hasta manana", "chao", "chau", "bye", "bye bye",
        "bai", "nos vemos", "eso es todo", "es todo", "seria todo", "eso seria todo", "eso era todo", "nada mas",
        "cuidate", "cuidese", "me retiro", "ya me voy", "me voy",
        "(que|q) (tenga|tengas|tengan) [un] (buen|lindo|excelente|bonito) (dia|fin de semana)",
        "(que|q) (tenga|tengas|tengan) (buena|linda|excelente) (tarde|noche)",
        "(que|q) (tenga|tengas|tengan) (buenas|lindas|excelentes) (tardes|noches)",
    ],
    "talk.who": [
        "(quien|que) (eres|es usted|son ustedes|sos)", "(eres|es usted|sos) (un|una) (bot|robot|humano|persona|ia|maquina|programa|asistente|computadora|inteligencia artificial)",
        "(eres|es usted|sos) (bot|robot|humano|real|ia|una persona real)",
        "(hablo|estoy hablando) con (un|una) (bot|robot|humano|persona|maquina|ia)",
        "(que|q) (puedes|puede|pueden|sabes) hacer", "en (que|q) (me|nos) (puedes|puede|pueden) ayudar",
        "(que|q) es (esto|este chat|este bot|este sitio|este servicio)", "como (funciona esto|funciona este chat|funciona este bot|funcionas)",
        "(que|q) (puedo|podemos) preguntar [te|le|les]", "(que|q) (te|le|les) puedo preguntar",
        "(que|q) sabes [de|sobre]", "(que|q) temas (manejas|maneja|conoces|cubres)", "ayuda", "menu", "inicio",
        "empezar", "opciones",
    ],
    "talk.how": [
        "como (estas|esta|esta usted|estan|te va|le va|va|vas|andas|has estado|ha estado)", "(que|q|k|ke) onda",
        "(que|q) tal estas", "(que|q) tal todo", "(que|q) hay", "(que|q) cuentas", "todo bien",
    ],
    # -- the message is in Spanish ---------------------------------------------------------
    # Common Spanish words, none of them a common English word: "a", "no", "me", "son", "he", "e",
    # "sin", "con", "once", "solo", "todo", "nada", "algo", "dime", "hay", "yo", "ya", "era", "mayor",
    # "saber", "nos", "ha", "han", "soy", "ante", "uno", "dos", "mucho", "poco", "ella" are left out.
    "language.es": [
        "de", "la", "que", "el", "en", "y", "los", "del", "se", "las", "por", "un", "para", "una", "su", "al", "lo",
        "como", "mas", "pero", "sus", "le", "o", "este", "si", "porque", "esta", "entre", "cuando", "muy", "sobre",
        "tambien", "hasta", "donde", "quien", "desde", "durante", "todos", "todas", "les", "ni", "otros",
        "otras", "otro", "otra", "ese", "eso", "ellos", "esto", "mi", "mis", "antes", "algunos", "algunas", "unos",
        "unas", "tanto", "esa", "estos", "estas", "quienes", "muchos", "muchas", "cual", "cuales", "estar",
        "nosotros", "usted", "ustedes", "cuantos", "cuantas", "cuanto", "cuanta", "puedo", "puede", "pueden",
        "podemos", "tengo", "tiene", "tienen", "hizo", "fue", "fueron", "es", "eran", "hubo", "tuvo", "ser",
        "sido", "estan", "estaba", "hacer", "hace", "quiero", "necesito", "debo", "cada", "mismo", "misma",
        "segun", "luego", "despues", "ahora", "aqui", "alli", "ahi", "ademas", "entonces", "nuestro", "nuestra",
        "tu", "te", "ano", "anos", "pais", "paises", "hola", "gracias", "incautaciones", "incautados",
        "incautadas", "falsificados", "falsificadas", "falsificado", "falsificada", "productos", "mercancia",
        "aduana", "frontera", "marca", "marcas", "denunciar", "vendedor", "pregunta", "informacion", "quisiera",
        "podria", "deberia", "menos", "menor", "buenas", "buenos", "tardes", "noches", "dias", "adios", "saludos",
        "disculpe", "perdon", "ayuda", "ayudeme", "ayudame", "favor", "necesitaba", "queria", "oiga", "oye",
    ],
}

# What a matched tag means in the content's words, added to what is searched:
# "¿a quién le aviso?" asks where to report. The content is English: the word searched is English.
READS_AS_ES: dict[str, str] = {"channel.tell": "report", "ask.identify": "spot", "ask.fate": "pasa"}

# Number words of "top tres", "los cinco principales".
NUMBER_WORDS_ES = {"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10}
