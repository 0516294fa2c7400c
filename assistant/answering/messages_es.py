"""Spanish (U.S.) fixed sentences of answers: the twin of messages.MESSAGES["en"], key for key.

Usted form, plain and friendly. Every {placeholder}, **bold** marker and figure is
kept as in English; fiscal years read "año fiscal {year}"; system names stay as
CBP writes them (e-Allegations, IPR Help Desk); "MSRP" stays "MSRP".

Notes for the templates wording.py fills:
- "fig.rank.*": {position} is "" for first place (the code collapses the double
  space) or one of "fig.position.N". Every rank template puts it before a
  feminine noun ("la {position} mayor cantidad", "la {position} cifra de MSRP más
  alta"), so both "tuvo la mayor cantidad" and "tuvo la segunda mayor cantidad"
  read well, and the positions are feminine ordinals.
- "fig.up.amount"/"fig.down.amount" fill "fig.compare" (", {diff}."): the direction
  as a verb and a noun ("subió 1,669 (un aumento del 6%)"), so "¿subieron o
  bajaron?" is answered in its own words; "fig.more.amount" fills "fig.rows.more"
  ("{label} tuvo {change}."): "1,669 más (6% más)".
- "fig.share" contracts "de" + "el": "28% del total de líneas de incautación";
  the "fig.share_of.*" nouns therefore carry no article.
- "fig.total.*" end with "." (the code replaces it to add the exact figure).
- "suggest.*" are whole questions the Spanish grammar (grammar_es.py) reads as
  figure questions: "¿Cuántas ... hubo ...?", "¿Qué {noun} tuvo más ...?".
"""

ES: dict[str, str] = {
    "fallback": (
        "Solo puedo ayudarle con preguntas sobre la protección de los derechos de propiedad intelectual (IPR): "
        "productos falsificados y piratas en la frontera de EE. UU., las estadísticas de incautaciones por IPR "
        "de CBP y dónde denunciar a un vendedor u obtener ayuda. No encontré eso en mis fuentes. "
        "El IPR Help Desk puede orientarle."
    ),
    "fallback.near": (
        "No encontré eso en mis fuentes: los informes de estadísticas de incautaciones por IPR de CBP y nuestras "
        "preguntas frecuentes sobre IPR. El IPR Help Desk puede orientarle."
    ),
    "missing": "Solo puedo dar las cifras que publica el informe. Es posible que el IPR Help Desk pueda ayudarle más.",
    "ask_help_desk": "El IPR Help Desk puede orientarle.",
    "nearest_figure": (
        "El informe de estadísticas de incautaciones por IPR de CBP no cuenta eso por separado. La cifra más "
        "cercana que da es la de toda la fila:"
    ),
    "no_figure": (
        "El informe de estadísticas de incautaciones por IPR de CBP no da cifras sobre eso: cuenta los productos "
        "falsificados y piratas incautados por infracciones de IPR, por producto, país, medio de transporte e "
        "industria. El IPR Help Desk puede orientarle."
    ),
    "person": (
        "Soy un asistente automático, pero el IPR Help Desk de CBP está atendido por personas de lunes a viernes "
        "y responde preguntas sobre la protección de los derechos de propiedad intelectual. También puede pedirme "
        "que le haga llegar su pregunta."
    ),
    "talk.greeting": (
        "¡Hola! Respondo preguntas sobre productos falsificados y piratas en la frontera de EE. UU.: las cifras de "
        "incautaciones por IPR de CBP, cómo denunciar a un vendedor y cómo las empresas pueden proteger sus marcas "
        "registradas y derechos de autor."
    ),
    "talk.thanks": (
        "¡Con gusto! ¿Hay algo más que quiera saber sobre productos falsificados, incautaciones por IPR o cómo "
        "denunciar a un vendedor?"
    ),
    "talk.bye": "¡Hasta luego! Si encuentra productos falsificados, puede denunciarlos ante CBP con una e-Allegation.",
    "talk.who": (
        "Soy el asistente de información sobre IPR de CBP. Respondo a partir de los informes de estadísticas de "
        "incautaciones por IPR de CBP y de una lista revisada de preguntas frecuentes: cifras de incautaciones, "
        "cómo reconocer y denunciar productos falsificados, y cómo los titulares de derechos pueden registrar sus "
        "marcas y derechos de autor ante CBP. No soy una persona y no puedo recibir denuncias directamente, pero "
        "puedo indicarle el canal adecuado."
    ),
    "talk.how": (
        "¡Muy bien, gracias por preguntar! ¿Qué le gustaría saber sobre productos falsificados o la protección "
        "de la propiedad intelectual?"
    ),
    "report_says": "El informe dice (en inglés):",
    "acronym": "{acronym} son las siglas en inglés de **{spelled}**.",
    "not_translated": "Esta respuesta solo está disponible en inglés:",
    "passage_in_english": "El informe se publica solo en inglés, así que el pasaje se cita en inglés:",
    # -- figures (wording.py): {year} is a fiscal year, {figure} a figure as the report prints it
    "fig.fy": "año fiscal {year}",
    "fig.millions": "{figure} millones",
    "fig.about_billions": " (unos ${figure} mil millones)",
    "fig.unit.seizure_lines": "{figure} líneas de incautación",
    "fig.unit.seizures": "{figure} incautaciones",
    "fig.unit.quantity": "{figure} artículos",
    "fig.unit.msrp": "{figure} en MSRP",
    "fig.share": "{figure} del {of}",
    "fig.share_of.msrp": "MSRP total",
    "fig.share_of.seizure_lines": "total de líneas de incautación",
    "fig.share_of.seizures": "total de incautaciones",
    "fig.share_of.other": "total",
    "fig.share_of_table.msrp": "MSRP total de la tabla",
    "fig.share_of_table.seizure_lines": "total de líneas de incautación de la tabla",
    "fig.share_of_table.seizures": "total de incautaciones de la tabla",
    "fig.share_of_table.other": "total de la tabla",
    "fig.measure.seizure_lines": "líneas de incautación",
    "fig.measure.seizures": "incautaciones",
    "fig.measure.msrp": "MSRP",
    "fig.measure.percentage": "porcentajes",
    "fig.measure.quantity": "cantidades",
    "fig.measure.count": "recuentos",
    "fig.up": "un aumento de {percent}",
    "fig.down": "una disminución de {percent}",
    "fig.up.amount": "subió {amount} (un aumento del {percent})",
    "fig.down.amount": "bajó {amount} (una disminución del {percent})",
    "fig.more": "{percent} más",
    "fig.more.amount": "{amount} más ({percent} más)",
    "fig.read_as": "Le muestro los datos de {measure} (entendí “{typed}” como “{read}”).",
    "fig.other_measure": "La tabla del informe da esta cifra en {given}, no en {asked}.",
    "fig.year_assumed": "Como no indicó un año, le doy la cifra del año fiscal {year}, el más reciente del informe.",
    "fig.source": "(Fuente: {table}{report}.)",
    "fig.in_report": ", en el informe del año fiscal {year}",
    "fig.older": (
        "El informe del año fiscal {report} publicó {figure} para el año fiscal {year}; esta es la cifra del "
        "informe más reciente."
    ),
    "fig.value": "En el año fiscal {year}, **{label}**{printed_as} registró **{figure}**",
    "fig.received": "En el año fiscal {year}, CBP recibió **{figure}** {label}.",
    "fig.total.subset": "En el año fiscal {year}, el total de la tabla \"{table}\" del informe fue de **{figure}**.",
    "fig.total.count": "En el año fiscal {year}, CBP registró **{figure}** en total.",
    "fig.total.msrp": (
        "En el año fiscal {year}, los productos incautados por infracciones de IPR tuvieron un MSRP total "
        "estimado de **{figure}**."
    ),
    "fig.total.other": "En el año fiscal {year}, el total fue de **{figure}**{label}.",
    "fig.with": ", con **{figure}**",
    "fig.exact": "({figure} en {table})",
    "fig.note": "Nota: {note}",
    "fig.rows.and": ", y **{label}**, **{figure}**",
    "chart.trend": "Gráfico de columnas por año fiscal",
    "chart.ranking": "Gráfico de barras",
    "chart.title.trend": "{what}, del año fiscal {first} al {last}",
    "chart.title.rank": "{table}, año fiscal {year}",
    "fig.rows.sum": "En conjunto: **{figure}** (suma de las cifras del informe).",
    "fig.rows.sum_share": "En conjunto: **{share}** de las {measure} ({amount} de {total}; calculado con las cifras del informe).",
    "fig.share_computed": "En el año fiscal {year}, **{label}** registró **{figure}**, el **{share}** del total de {measure} ({total}; el porcentaje se calculó a partir de las cifras del informe).",
    "fig.rows.times": "{label} tuvo aproximadamente {times} veces más.",
    "fig.rows.max": "De estos, la cifra más alta fue la de **{label}**{printed_as}.",
    "fig.rows.min": "De estos, la cifra más baja fue la de **{label}**{printed_as}.",
    "fig.rows.more": "{label} tuvo {change}.",
    "fig.the_total": "el total",
    "fig.the_total_cap": "El total",
    "fig.year_rank.max": (
        "Del año fiscal {first} al año fiscal {last}, el **año fiscal {year}** tuvo la cifra más alta para "
        "{what}: **{figure}** ({others})."
    ),
    "fig.year_rank.min": (
        "Del año fiscal {first} al año fiscal {last}, el **año fiscal {year}** tuvo la cifra más baja para "
        "{what}: **{figure}** ({others})."
    ),
    "fig.position.2": "segunda",
    "fig.position.3": "tercera",
    "fig.position.4": "cuarta",
    "fig.position.5": "quinta",
    "fig.place": "En el año fiscal {year}, **{label}**{printed_as} ocupó el **{place}** lugar de las {count} filas que nombra el informe por {measure}, con {figure}",
    "fig.place.first": "En el año fiscal {year}, **{label}**{printed_as} ocupó el **primer** lugar de las {count} filas que nombra el informe por {measure}, con {figure}",
    "fig.place.leader": "el primero fue **{label}** ({figure})",
    "fig.ordinal": "primer segundo tercer cuarto quinto sexto séptimo octavo noveno décimo undécimo duodécimo",
    "fig.rank.max.seizure_lines": "En el año fiscal {year}, **{label}**{printed_as} tuvo la {position} mayor cantidad de líneas de incautación: {figure}",
    "fig.rank.min.seizure_lines": "En el año fiscal {year}, **{label}**{printed_as} tuvo la {position} menor cantidad de líneas de incautación: {figure}",
    "fig.rank.max.seizures": "En el año fiscal {year}, **{label}**{printed_as} tuvo la {position} mayor cantidad de incautaciones: {figure}",
    "fig.rank.min.seizures": "En el año fiscal {year}, **{label}**{printed_as} tuvo la {position} menor cantidad de incautaciones: {figure}",
    "fig.rank.max.quantity": "En el año fiscal {year}, **{label}**{printed_as} tuvo la {position} mayor cantidad de artículos: {figure}",
    "fig.rank.min.quantity": "En el año fiscal {year}, **{label}**{printed_as} tuvo la {position} menor cantidad de artículos: {figure}",
    "fig.rank.max.msrp": "En el año fiscal {year}, **{label}**{printed_as} tuvo la {position} cifra de MSRP más alta: {figure}",
    "fig.rank.min.msrp": "En el año fiscal {year}, **{label}**{printed_as} tuvo la {position} cifra de MSRP más baja: {figure}",
    "fig.rank.max.other": "En el año fiscal {year}, **{label}**{printed_as} tuvo la {position} cifra más alta: {figure}",
    "fig.rank.min.other": "En el año fiscal {year}, **{label}**{printed_as} tuvo la {position} cifra más baja: {figure}",
    "fig.rank.list.max": "En el año fiscal {year}, las cifras más altas de {measure} fueron: {items}.",
    "fig.rank.list.min": "En el año fiscal {year}, las cifras más bajas de {measure} fueron: {items}.",
    "fig.changes.item": "**{label}** (de {first} a {second}; {change})",
    "fig.changes.rank.up.max": "Del año fiscal {first} al {last}, el mayor aumento de {measure}: {items}.",
    "fig.changes.rank.up.min": "Del año fiscal {first} al {last}, el menor aumento de {measure}: {items}.",
    "fig.changes.rank.down.max": "Del año fiscal {first} al {last}, la mayor disminución de {measure}: {items}.",
    "fig.changes.rank.down.min": "Del año fiscal {first} al {last}, la menor disminución de {measure}: {items}.",
    "fig.changes.list.down": "Con menos {measure} en el año fiscal {last} que en el {first}: {items}.",
    "fig.changes.list.up": "Con más {measure} en el año fiscal {last} que en el {first}: {items}.",
    "fig.changes.none.down": "Ninguna fila tuvo menos {measure} en el año fiscal {last} que en el {first}; el menor aumento: {items}.",
    "fig.changes.none.up": "Ninguna fila tuvo más {measure} en el año fiscal {last} que en el {first}; la menor disminución: {items}.",
    "fig.rank.catchall": (
        "(Solo entre las filas que enumera el informe; las más pequeñas se agrupan en las filas de "
        "\"Todos los demás\".)"
    ),
    "fig.compare": "{who} pasó de **{first}** en el año fiscal {first_year} a **{second}** en el año fiscal {second_year}",
    "fig.missing.year": "El informe presenta esta tabla ({table}) solo para estos años: {years}; no para el año fiscal {year}.",
    "fig.missing.row": (
        "La tabla \"{table}\" del informe no presenta {label} por separado (puede que se cuente en una de las "
        "filas de \"Todos los demás\")."
    ),
    "fig.missing.kind": "La tabla \"{table}\" del informe no desglosa sus cifras de esa manera (por {label}).",
    "fig.missing.one_year": "La tabla del informe ({table}) presenta este dato para un solo año.",
    "fig.missing.compare": "Las tablas del informe no presentan ambos años para esta comparación ({table}).",
    "fig.missing.sibling": "La tabla \"{table}\" del informe sí lo presenta: {figure}.",
    # -- suggestions a figure offers: whole questions the assistant answers as promised
    "suggest.row.seizure_lines": "¿Cuántas líneas de incautación de {label} hubo en el año fiscal {year}?",
    "suggest.row.seizures": "¿Cuántas incautaciones de {label} hubo en el año fiscal {year}?",
    "suggest.row.msrp": "¿Cuál fue el MSRP de {label} en el año fiscal {year}?",
    "suggest.row.percentage": "¿Qué porcentaje del total representó {label} en el año fiscal {year}?",
    "suggest.row.quantity": "¿Qué cantidad de {label} se incautó en el año fiscal {year}?",
    "suggest.row.count": "¿Cuántas {label} hubo en el año fiscal {year}?",
    "suggest.rank.seizure_lines": "¿Qué {noun} tuvo más líneas de incautación en el año fiscal {year}?",
    "suggest.rank.seizures": "¿Qué {noun} tuvo más incautaciones en el año fiscal {year}?",
    "suggest.rank.msrp": "¿Qué {noun} tuvo el MSRP más alto en el año fiscal {year}?",
    "suggest.rank.quantity": "¿Qué {noun} tuvo más artículos incautados en el año fiscal {year}?",
    "suggest.rank.other": "¿Qué {noun} ocupó el primer lugar en el año fiscal {year}?",
    "category.product": "producto",
    "category.economy": "economía",
    "category.transport_mode": "medio de transporte",
    "category.center": "Centro de Excelencia y Pericia",
    "category.commodity": "mercancía de salud, seguridad y protección",
    "category.source_country": "país de origen de teléfonos celulares falsificados",
    "category.covid_product": "producto relacionado con el COVID-19",
}

# The English starters, in Spanish: two channel questions and two figure questions naming FY 2021.
STARTERS_ES: list[str] = [
    "¿Cómo denuncio un sitio web que vende productos falsificados?",
    "¿Cuál fue el MSRP total de los productos incautados en el año fiscal 2021?",
    "¿Cómo registro mi marca ante CBP?",
    "¿Qué producto tuvo más líneas de incautación en el año fiscal 2021?",
]
