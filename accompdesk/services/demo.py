"""Fictional demo data: a whole office's record, invented, for trying the app and benchmarks.

Every person, organisation, place, unit and event here is made up: names are random
combinations of common Spanish, indigenous (Nasa, Wayuu, Emberá, Zenú) and European
given names and surnames; departments and municipalities are invented. Person,
organisation and authority notes say so, and incident descriptions end saying so,
so that a demo record copied somewhere by mistake is recognisable.

The same seed and reference day give the same records (except their UUIDs, which
must stay unique across vaults so that offices can merge). Incident, meeting, alert
and check-in dates never pass the reference day, which may not be later than today.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import random
import re
from collections import defaultdict
from typing import Any, Callable, Iterable, NamedTuple

from ..domain import vocab as V
from ..domain.records import (Accompaniment, Alert, Authority, CheckIn, CheckInSchedule, Commitment,
                              Incident, Meeting, Official, Organisation, Person, Volunteer, new_id)
from ..domain import clock

BATCH = 1000
FICTION = "Registro ficticio de datos de demostración."
FICTION_EN = "(Fictional demo case.)"
FICTION_ES = "(Caso ficticio de demostración.)"

# -- invented names and places ------------------------------------------------------------

DEPARTMENTS = [
    "Alto Yarumal", "Cañaveral", "Río Ñambú", "Serranía de Tóez", "Bajo Sinuán", "Curiña",
    "Maicara", "Guaduales", "Pajonal", "Las Ceibas", "Tamarindo", "Yaguará Alto", "Nevado Azul",
    "Bocas del Urabí", "Ciénaga Honda", "Sabana Grande", "Chocoví", "Páramo Frío", "Llano Largo",
    "Macizo Verde", "Río Cacarí", "Montealegre", "Quebrada Oscura", "Valle del Yuma",
    "Tierra Alta de Orión", "Guamal Norte", "Costa Salina", "Cordillera Añil", "Los Morichales",
    "Puerto Quiñá", "Selva Camú", "Río Piñuela",
]
TOWN_FIRST = ["San Isidro", "Santa Rosa", "Puerto", "Villa", "San Martín", "El Carmen", "Santa Lucía",
              "San Juan", "Nueva", "La Unión", "San Antonio", "Santa Bárbara", "San Vicente",
              "La Victoria", "San Pedro", "Belén", "Santa Ana", "El Retiro"]
TOWN_SECOND = ["de las Palmas", "del Cedro", "de Ñame", "del Guayacán", "de la Montaña",
               "de Río Claro", "de Piñuelas", "de los Ángeles", "de Caña Brava", "del Búho",
               "de la Sierra", "de Oriente", "del Yarumo", "de Tóez", "de la Ciénaga", "del Peñón",
               "de Mandé", "de los Morichales", "del Cacao", "de Quiñones", "de Aguablanca",
               "de Chiribí", "del Totumo", "de Jaguarí"]
VEREDAS = ["El Cedro", "La Esperanza", "Alto Bonito", "Las Brisas", "El Diviso", "Buenos Aires",
           "El Porvenir", "La Cañada", "Los Guaduales", "San Rafael", "El Mirador", "Peñas Blancas",
           "La Playa", "El Limón", "Monteloro", "La Ñapa", "Caño Hondo", "El Guácimo", "Piedra Azul",
           "La Reforma", "Agua Bonita", "Las Acacias", "El Jordán", "La Cumbre", "Tóez"]
RIVERS = ["Ñambú", "Cacarí", "Yuma", "Piñuela", "Mandé", "Curiña", "Jaguarí", "Chiribí", "Urabí",
          "Sinuán", "Guapirí", "Arquía"]
RANCHERIAS = ["Jotomana", "Kasüsain", "Wososopo", "Los Olivos", "Pájaro Azul", "Ishashimana",
              "Aujero", "Maichen"]
ARMED_GROUPS = ["Autodefensas del Cañaveral", "Frente Ñambú", "Los Guácharos", "Bloque Cordillera Añil",
                "Los del Morichal", "Comandos de la Sierra"]
BATTALION_NAMES = ["Cerro Azul", "Los Libertadores del Yuma", "Cacique Tamanaco", "La Candelaria",
                   "Puente de Piedra", "Los Comuneros de Orión", "Alto del Cóndor", "Río Cacarí",
                   "Batalla de Mandé", "Páramo de la Niebla"]

FEMALE = ["María Fernanda", "Luz Dary", "Yolanda", "Ana Milena", "Rosa Elvira", "Diana Marcela",
          "Leidy Johana", "Sandra Patricia", "Marta Cecilia", "Eugenia", "Ángela", "Mónica",
          "Yesenia", "Nohemí", "Inés", "Dolores", "Flor Ángela", "Ximena", "Lucía", "Estefanía",
          "Jazmín", "Aída", "Belén", "Dayana", "Graciela", "Nidia", "Zoraida", "Íngrid"]
MALE = ["José Aníbal", "Jhon Jairo", "Luis Ángel", "Héctor", "Álvaro", "Germán", "Rubén Darío",
        "Édgar", "Iván", "Fabián", "Nelson", "Wilmar", "Óscar", "Ramiro", "Jesús María", "Efraín",
        "Andrés Felipe", "Julián", "Sebastián", "Tomás", "Ezequiel", "Argemiro", "Yeison", "Nicolás"]
SURNAMES = {
    "spanish": ["Ñáñez", "Muñoz", "Peña", "Ibáñez", "Londoño", "Quiñónez", "Zúñiga", "Gómez",
                "Rodríguez", "Martínez", "Hernández", "Pérez", "Díaz", "Ramírez", "Suárez",
                "Vásquez", "Castaño", "Ospina", "Gutiérrez", "Sánchez", "Álvarez", "Orozco",
                "Cárdenas", "Beltrán"],
    "nasa": ["Yule", "Pito", "Ipia", "Dagua", "Coicué", "Tumiñá", "Quitumbo", "Güetio", "Noscué",
             "Ul", "Pavi", "Cuetia", "Tróchez", "Yatacué", "Secué"],
    "wayuu": ["Epieyú", "Uriana", "Ipuana", "Pushaina", "Jayariyú", "Epinayú", "Apshana", "Sapuana",
              "Uliana", "Jusayú"],
    "embera": ["Bailarín", "Domicó", "Majoré", "Carupia", "Dogirama", "Querágama", "Sintúa",
               "Tequia", "Cheucarama"],
    "zenu": ["Montalvo", "Pacheco", "Polo", "Mercado", "Talaigua", "Márquez", "Estrada", "Sotelo"],
    "afro": ["Mosquera", "Rentería", "Palacios", "Cuesta", "Córdoba", "Angulo", "Caicedo",
             "Hinestroza", "Asprilla", "Valencia"],
}
PEOPLES = ["nasa", "wayuu", "embera", "zenu", "afro", "campesino"]
WOMEN_OF = {"nasa": "Nasa", "wayuu": "Wayuu", "embera": "Emberá", "zenu": "Zenú",
            "afro": "Afrodescendientes", "campesino": "Campesinas"}
OWN_ORGS = {
    "nasa": [("Comunidad Nasa de {ve}", "community"),
             ("Cabildo Indígena Nasa de {ve}", "indigenous_organisation"),
             ("Guardia Indígena Nasa de {ve}", "indigenous_organisation")],
    "wayuu": [("Comunidad Wayuu de la ranchería {ra}", "community"),
              ("Asociación de Mujeres Wayuu de {m}", "womens_organisation")],
    "embera": [("Resguardo Emberá del río {ri}", "indigenous_organisation"),
               ("Comunidad Emberá Katío de {ve}", "community")],
    "zenu": [("Cabildo Zenú de {ve}", "indigenous_organisation"),
             ("Comunidad Zenú de {ve}", "community")],
    "afro": [("Consejo Comunitario del Río {ri}", "afro_descendant_organisation"),
             ("Consejo Comunitario de {ve}", "afro_descendant_organisation")],
    "campesino": [("Asociación Campesina de {ve}", "peasant_organisation"),
                  ("Junta de Acción Comunal de la vereda {ve}", "community")],
}
OTHER_ORGS = [("Sindicato de Trabajadores Agrícolas de {m}", "trade_union"),
              ("Colectivo de Abogados «{al}» de {r}", "lawyers_collective"),
              ("Asociación de Familiares de Desaparecidos de {m}", "victims_organisation"),
              ("Comité Ambiental por el Agua de {ve}", "environmental_organisation"),
              ("Red de Mujeres {pa} de {m}", "womens_organisation"),
              ("Fundación Tierra y Dignidad de {m}", "human_rights_ngo")]
ALIAS_WORDS = ["Ceiba", "Guayacán", "Guacamaya", "Colibrí", "Jaguar", "Orquídea", "Cóndor", "Yarumo",
               "Tucán", "Arrayán", "Mangle", "Nutria", "Garza", "Frailejón", "Chigüiro", "Caracolí",
               "Mochilera", "Turpial", "Totumo", "Canelo"]

# Volunteers come from the countries of the embassies the office briefs.
NATIONS = {
    "Suiza": (["Lea", "Nina", "Jonas", "Luca", "Fabienne", "Reto"],
              ["Müller", "Brunner", "Baumann", "Zürcher", "Gerber", "Fässler"], "alemán, francés"),
    "Noruega": (["Ingrid", "Sigrid", "Eirik", "Håkon", "Solveig", "Øystein"],
                ["Haugen", "Bakke", "Sæther", "Løvås", "Nygård", "Strøm"], "noruego"),
    "Alemania": (["Jana", "Lukas", "Felix", "Katharina", "Jörg", "Mareike"],
                 ["Schäfer", "Wagner", "Köhler", "Groß", "Böhm", "Hartmann"], "alemán"),
    "España": (["Nuria", "Pablo", "Iñaki", "Ainhoa", "Xavier", "Begoña"],
               ["Etxeberria", "Puig", "Ferrer", "Ibarra", "Castells", "Otxoa"], "catalán, euskera"),
    "Canadá": (["Chloé", "Liam", "Émilie", "Owen", "Geneviève", "Malik"],
               ["Tremblay", "Gagnon", "MacLeod", "Côté", "Bouchard", "Okoye"], "francés"),
    "Reino Unido": (["Eleanor", "Callum", "Priya", "Rhys", "Imogen", "Tariq"],
                    ["Pritchard", "Whitfield", "Okafor", "Thorne", "Ellison", "Varma"], ""),
    "Irlanda": (["Aoife", "Niamh", "Cian", "Seán", "Órla", "Darragh"],
                ["Ó Briain", "Ní Dhuibhir", "Byrne", "Kavanagh", "Ó Súilleabháin", "Maguire"],
                "irlandés"),
    "Suecia": (["Elin", "Oskar", "Maja", "Björn", "Linnéa", "Anders"],
               ["Lindqvist", "Åberg", "Sjöström", "Hedlund", "Ekström", "Nordin"], "sueco"),
    "Países Bajos": (["Sanne", "Daan", "Femke", "Joost", "Maartje", "Thijs"],
                     ["van der Berg", "de Vries", "Visser", "Bakker", "Smit", "Mulder"], "neerlandés"),
    "Francia": (["Manon", "Théo", "Camille", "Gaëlle", "Loïc", "Anaïs"],
                ["Lefèvre", "Dubois", "Rousseau", "Girard", "Moreau", "Péron"], "francés"),
}

NATIONS_EN = {"Suiza": "Switzerland", "Noruega": "Norway", "Alemania": "Germany", "España": "Spain",
              "Canadá": "Canada", "Reino Unido": "the United Kingdom", "Irlanda": "Ireland",
              "Suecia": "Sweden", "Países Bajos": "the Netherlands", "Francia": "France"}

# -- how often each thing happens ------------------------------------------------------


class _Odds:
    """A weighted choice with its cumulative weights worked out once: it runs millions of times."""

    def __init__(self, weights: dict):
        self.items = list(weights)
        self.cumulative = list(itertools.accumulate(weights.values()))

    def pick(self, rng: random.Random):
        return self.items[bisect.bisect_right(self.cumulative, rng.random() * self.cumulative[-1])]


INCIDENT_KINDS = _Odds({"threat": 30, "harassment": 10, "stigmatisation": 9, "surveillance": 9,
                        "judicial_harassment": 6, "detention": 5, "raid": 4, "attack": 6, "killing": 3,
                        "disappearance": 2, "displacement": 5, "theft_of_information": 3,
                        "sexual_violence": 1.5, "torture": 1, "other": 2})
_SEVERITY_WEIGHTS = {  # weights for low, medium, high, critical
    "killing": (0, 0, 1, 9), "disappearance": (0, 0, 2, 8), "attack": (0, 2, 6, 2),
    "sexual_violence": (0, 0, 5, 5), "torture": (0, 0, 6, 4), "detention": (0, 4, 5, 1),
    "displacement": (0, 3, 6, 1), "raid": (0, 5, 4, 0.5), "threat": (2, 6, 3, 0.3),
    "other kinds": (3, 5, 2, 0.1)}
SEVERITY_BY_KIND = {kind: _Odds(dict(zip(("low", "medium", "high", "critical"), weights)))
                    for kind, weights in _SEVERITY_WEIGHTS.items()}
ALERTED_WHEN_HIGH = {"attack", "killing", "disappearance", "sexual_violence", "torture", "detention"}
PRECISION = _Odds({"exact": 85, "month": 10, "approximate": 5})
PERSONS_AFFECTED = _Odds({1: 6, 2: 3, 3: 1})
ORGANISATIONS_AFFECTED = _Odds({0: 5, 1: 4, 2: 1})
PERPETRATORS = _Odds({"unknown": 25, "army": 15, "police": 12, "paramilitary": 18, "armed_group": 8,
                      "guerrilla": 4, "civil_authority": 4, "judicial_authority": 3, "company": 5,
                      "private_individual": 4, "intelligence": 2, "navy": 1})
PERPETRATOR_UNIT = {"army": "battalion", "police": "police_station", "civil_authority": "mayor",
                    "judicial_authority": "prosecutor"}
SOURCE_KINDS = _Odds({"direct_testimony": 5, "accompanied_party": 4, "volunteer_observation": 2,
                      "partner_organisation": 2, "media": 1, "official_document": 1, "other": 0.3})
VERIFICATION = _Odds({"unverified": 3, "partly_verified": 3, "verified": 4, "disputed": 0.5})
FOLLOW_UP = _Odds({"open": 4, "in_progress": 3, "closed": 1})
ORGANISATION_RISK = _Odds({"low": 2, "medium": 5, "high": 4, "extreme": 1})
PERSON_RISK = _Odds({"low": 2, "medium": 5, "high": 4, "extreme": 1.5})
FOLLOWED = _Odds({"requested": 1, "active": 8, "paused": 1, "ended": 2})
CONSENT = _Odds({"internal": 3, "diplomatic": 4, "public": 3})
MEETING_KINDS = {"brigade": 20, "battalion": 15, "police_department": 8, "governor": 10, "mayor": 6,
                 "prosecutor": 10, "ombudsman": 8, "embassy": 12, "un_office": 8, "division": 4,
                 "ministry": 3, "national_police": 2, "army_command": 2, "inspector_general": 4,
                 "police_station": 4}
COMMITMENT_NOT_YET_DUE = _Odds({"pending": 85, "kept": 15})
COMMITMENT_DUE = _Odds({"kept": 35, "partly_kept": 25, "broken": 25, "pending": 15})
ACCOMPANIMENT_KINDS = _Odds({"escort": 10, "office_presence": 4, "travel": 3, "court_hearing": 3,
                             "public_event": 2, "overnight_presence": 1, "phone_checkin": 2})
ACCOMPANIMENT_DONE = _Odds({"done": 88, "cancelled": 12})
CALL_OUTCOMES = _Odds({"all_well": 85, "no_answer": 10, "concern": 5})
ACCOMPANIMENT_HOURS = {"escort": (7, 3, 10), "office_presence": (8, 4, 8), "travel": (6, 24, 72),
                       "court_hearing": (8, 3, 6), "public_event": (9, 4, 8),
                       "overnight_presence": (18, 12, 14), "phone_checkin": (18, 1, 1)}
POSITIONS = {
    "battalion": "Comandante del batallón (teniente coronel)",
    "brigade": "Comandante de la brigada (coronel)",
    "division": "Comandante de la división (mayor general)",
    "army_command": "Comandante del Ejército (general)",
    "ministry": "Ministro/a", "police_station": "Comandante de estación (capitán)",
    "police_department": "Comandante departamental (coronel)", "national_police": "Director/a general",
    "mayor": "Alcalde/sa", "governor": "Gobernador/a", "prosecutor": "Fiscal",
    "ombudsman": "Defensor/a", "inspector_general": "Procurador/a", "court": "Juez/a",
    "embassy": "Embajador/a", "un_office": "Jefe/a de oficina",
}
LIAISONS = {"brigade": "Oficial de derechos humanos", "division": "Oficial de derechos humanos",
            "governor": "Asesor/a de paz y derechos humanos",
            "embassy": "Primer/a secretario/a (derechos humanos)",
            "un_office": "Oficial de protección", "police_department": "Oficial de derechos humanos",
            "prosecutor": "Fiscal de apoyo"}

# -- texts -------------------------------------------------------------------------------

OPENINGS_ES = {
    "threat": ["{v} recibió una llamada desde un número desconocido en la que le advirtieron que "
               "debía abandonar {p} en un plazo de {n} días.",
               "Un panfleto firmado por «{g}» apareció en la sede de {o} con el nombre de {v} entre "
               "los llamados «objetivos militares».",
               "Dos hombres en motocicleta se acercaron a la vivienda de {v} en {p} y le dijeron que "
               "«dejara de hablar de la tierra»."],
    "attack": ["Desconocidos dispararon contra la vivienda de {v} en {p} durante la madrugada; "
               "nadie resultó herido.",
               "El vehículo en el que se desplazaba {v} fue atacado con disparos en la vía hacia {p}."],
    "killing": ["El cuerpo de {v} fue hallado cerca de {p}, dos días después de haber denunciado "
                "amenazas.",
                "{v} fue asesinado/a a tiros frente a su casa en {p} por hombres que huyeron en moto."],
    "disappearance": ["Se perdió el contacto con {v} cuando regresaba a {p}; su familia denunció la "
                      "desaparición al día siguiente."],
    "detention": ["{v} fue retenido/a durante {n} horas en {p} sin orden judicial y le revisaron el "
                  "teléfono. Presuntos responsables: {perp}."],
    "judicial_harassment": ["La Fiscalía abrió un proceso por «rebelión» contra {v} con base en "
                            "testimonios que la defensa considera fabricados."],
    "raid": ["Hombres armados ingresaron sin orden a la sede de {o} en {p} y se llevaron "
             "computadores y archivos."],
    "surveillance": ["Integrantes de {o} observaron a un hombre que tomaba fotografías de la sede en "
                     "{p} durante {n} días seguidos."],
    "stigmatisation": ["En una emisora local, un funcionario acusó a {o} y a {v} de ser «fachada de "
                       "grupos armados»."],
    "theft_of_information": ["Robaron de la oficina de {o} un disco duro con testimonios de víctimas; "
                             "no se llevaron objetos de valor."],
    "sexual_violence": ["Se recibió información reservada sobre un caso de violencia sexual contra una "
                        "integrante de {o} en {p}; los detalles se registran solo con su "
                        "consentimiento."],
    "displacement": ["{n} familias de {p} se desplazaron hacia la cabecera municipal tras combates y "
                     "amenazas contra {o}."],
    "torture": ["{v} denunció golpes y asfixia durante una retención de varias horas en {p}."],
    "harassment": ["Hombres armados detuvieron a {v} en un retén ilegal cerca de {p} y le preguntaron "
                   "por su trabajo en {o}."],
    "other": ["Se registraron hechos que afectan la seguridad de {o} en {p}."],
}
OPENINGS_EN = {
    "threat": ["{v} received a phone call from an unknown number warning them to leave {p} within "
               "{n} days."],
    "attack": ["Unknown men fired shots at the house of {v} in {p} before dawn; nobody was hurt."],
    "killing": ["{v} was shot dead near {p}, two days after reporting threats."],
    "surveillance": ["Members of {o} saw a man photographing their office in {p} on {n} consecutive "
                     "days."],
    "harassment": ["Armed men stopped {v} at an illegal checkpoint near {p} and asked about their "
                   "work with {o}."],
    "sexual_violence": ["Confidential information was received about sexual violence against a "
                        "member of {o} in {p}; details are kept only with her consent."],
}
CONTEXT_ES = ["Los hechos ocurren en medio de la disputa territorial entre grupos armados en la zona.",
              "La comunidad había alertado sobre la presencia de hombres armados en {p} desde hacía "
              "semanas.",
              "Es el {nth} hecho contra integrantes de {o} en lo que va del año.",
              "{v} había participado recientemente en una audiencia pública sobre restitución de "
              "tierras.",
              "Días antes, {o} había denunciado la tala ilegal y la minería en su territorio."]
CONTEXT_EN = ["This happened amid a territorial dispute between armed groups in the area.",
              "The community had warned of armed men around {p} for weeks.",
              "{v} had recently spoken at a public hearing on land restitution."]
FOLLOW_ES = ["El equipo de acompañamiento visitó la zona y recogió testimonios.",
             "Se informó a la Defensoría del Pueblo y se pidió una reunión con la {a}.",
             "La persona afectada pidió que su nombre no se difunda fuera de la oficina.",
             "El caso se presentó a la Embajada de {c} en la reunión mensual."]
FOLLOW_EN = ["The accompaniment team visited the area and took testimonies.",
             "The case was raised with the Embassy of {c} at the monthly briefing.",
             "The Ombudsman's office was informed and a meeting with the {a} was requested."]
PERP_DETAILS = {
    "army": "Hombres con uniforme militar que se identificaron como del {u}",
    "police": "Agentes uniformados de la {u}",
    "civil_authority": "Declaraciones de funcionarios de la {u}",
    "judicial_authority": "Actuación de la {u}",
    "paramilitary": "Hombres armados que dijeron pertenecer a «{g}»",
    "armed_group": "Integrantes de «{g}»",
    "company": "Personal de seguridad privada de una empresa minera",
    "intelligence": "Personas de civil que se identificaron como de inteligencia",
    "navy": "Infantes de marina en una lancha",
    "guerrilla": "Hombres armados con brazaletes de un frente guerrillero",
    "private_individual": "Un particular conocido en la zona", "unknown": "Sin identificar",
}
COMMITMENTS_ES = ["Enviar una comisión de verificación a {p} antes del plazo acordado.",
                  "Responder por escrito a la solicitud de medidas de protección para {o}.",
                  "Abrir una investigación disciplinaria por los hechos denunciados en {p}.",
                  "Convocar una mesa de garantías en {r} con participación de las comunidades.",
                  "Revisar las órdenes de operación de las tropas desplegadas cerca de {p}.",
                  "Informar a la oficina sobre el avance de la investigación por la amenaza contra {v}.",
                  "Trasladar la preocupación de la embajada a la Cancillería y pedir respuesta.",
                  "Reforzar las rondas de la policía en {p} durante las próximas semanas."]
COMMITMENT_NOTES = {
    "kept": ["Se recibió la respuesta escrita.", "La comisión visitó la zona en la fecha acordada."],
    "partly_kept": ["Se respondió, pero sin medidas concretas.",
                    "La visita se hizo sin consultar a la comunidad."],
    "broken": ["Venció el plazo sin respuesta.", "La autoridad negó haber asumido el compromiso."],
    "pending": [""],
}
MEETING_PURPOSES = ["Seguimiento a la situación de seguridad de {o}",
                    "Presentación de casos recientes en {r}",
                    "Solicitud de garantías para el trabajo de {v}",
                    "Briefing on the human rights situation in {r}",
                    "Seguimiento de compromisos de la reunión anterior",
                    "Preocupación por amenazas contra defensores en {r}"]
MEETING_NOTES = ["Se presentaron los casos y se entregó un documento con la cronología de los hechos.",
                 "Se pidió información sobre las investigaciones abiertas; respondieron que están en "
                 "etapa preliminar.",
                 "Se acordó una nueva reunión para revisar el cumplimiento de los compromisos.",
                 "La autoridad reconoció la gravedad de la situación y pidió más detalles por escrito."]
MEETING_NOTES_FORCES = ["El comandante negó que sus unidades operen en la zona de los hechos.",
                        "El comandante pidió los nombres de los denunciantes; la delegación se negó a "
                        "darlos."]
MEETING_NOTES_INTERNATIONAL = [
    "The embassy will raise the cases with the Ministry and asked to be kept informed.",
    "They asked for a short written update before the next human rights dialogue.",
    "Se acordó compartir el informe trimestral bajo reserva."]
FORCES = {"battalion", "brigade", "division", "army_command", "police_station", "police_department",
          "national_police"}
ACCOMPANIMENT_NOTES = {
    "done": ["Sin novedad.", "Se observó un vehículo sin placas a la salida de la reunión.",
             "Retén militar en la vía; se presentaron credenciales y se continuó.",
             "No incidents; the hearing was postponed by the court."],
    "cancelled": ["Cancelado por la persona acompañada.", "Cancelado por cierre de la vía."],
    "planned": ["Confirmar la hora el día anterior.", ""],
}
CHECKIN_NOTES = {"all_well": ["Todo bien.", "Sin novedad; llegó a casa."],
                 "no_answer": ["No contestó; se llamó al contacto de respaldo."],
                 "concern": ["Reporta carros extraños cerca de su casa.",
                             "Menciona una llamada amenazante."],
                 "pending": [""]}
PROTOCOL = ("Llamada diaria a las {} por Signal; si no contesta en 30 minutos, llamar al contacto de "
            "respaldo y avisar a coordinación.")
SOURCES = {"direct_testimony": "Testimonio recogido por el {t}",
           "accompanied_party": "Relato de la persona u organización acompañada",
           "volunteer_observation": "Observación directa del {t}",
           "partner_organisation": "Informe de una organización aliada en {r}",
           "media": "Nota de una emisora comunitaria de {r}", "official_document": "Oficio de la {a}",
           "other": "Otra fuente, reservada"}
MEETING_POINTS = ["Parque principal de {m}", "Terminal de transporte de {m}",
                  "Sede de la organización en {m}", "Oficina del equipo", "Entrada de la vereda {ve}"]


def _skewed(rng: random.Random, items: list):
    """An item, favouring the first: a few people and places bear most of the events."""
    return items[int(len(items) * rng.random() ** 2)]


_GENDERED = re.compile(r"(\w+)/(s?a)\b")


# How a letter to each kind of authority opens, when no official is named.
SALUTATIONS = {
    "battalion": "Señor Comandante", "brigade": "Señor Comandante", "division": "Señor General",
    "army_command": "Señor General", "ministry": "Señor/a Ministro/a",
    "police_station": "Señor Comandante", "police_department": "Señor Comandante",
    "national_police": "Señor/a Director/a", "mayor": "Señor/a Alcalde/sa",
    "governor": "Señor/a Gobernador/a", "prosecutor": "Señor/a Fiscal",
    "ombudsman": "Señor/a Defensor/a", "inspector_general": "Señor/a Procurador/a",
    "court": "Señor/a Juez/a", "embassy": "Excelencia", "un_office": "Estimado/a Jefe/a de oficina",
}


_FOLDED: dict[str, str | int | None] = {"æ": "ae", "ø": "o", "ß": "ss", "þ": "th", "đ": "d", "ł": "l",
                                        "œ": "oe"}


def _slug(text: str) -> str:
    text = V.fold(text).translate(str.maketrans(_FOLDED))
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "x"


def _postal_address(territory: str, n: int) -> str:
    """A fictitious address: a street number that cannot be anyone's."""
    town = territory if territory and territory not in ("Nacional", "Varios departamentos") else "Capital"
    return f"Calle Ficticia {n % 90 + 10} n.º {n % 70 + 1}-00\n{town}"


def _with_or(text: str, female: bool) -> str:
    """Resolve 'Gobernador/a', 'Alcalde/sa', 'asesinado/a' for one person."""
    def one(m: re.Match) -> str:
        stem, ending = m.group(1), m.group(2)
        if not female:
            return stem
        if ending == "sa":
            return stem + "sa"
        return (stem[:-1] if stem[-1] in "oe" else stem) + "a"
    return _GENDERED.sub(one, text)


class _Planned(NamedTuple):
    """An incident before its text is written."""
    id: str
    day: dt.date
    precision: str
    region: dict
    kind: str
    severity: str
    persons: list[str]
    orgs: list[str]
    perpetrator: str
    unit: str | None
    alert: bool


def _by_day(plan: _Planned) -> dt.date:
    return plan.day


class _Demo:
    def __init__(self, vault, scale: int, seed: int, today: dt.date, progress):
        self.vault = vault
        self.scale = scale
        self.rng = random.Random(seed)
        self.today = today
        self.progress = progress
        self.span = min(3650, max(400, scale))  # days of history
        self.done = 0
        self.total = 0
        self.counts: dict[str, int] = {}
        self.names: dict[str, str] = {}  # id -> name, for texts that mention records

    # -- helpers ----------------------------------------------------------------------

    def day(self, skew: float = 1.4) -> dt.date:
        """A past day, more often recent than old."""
        return self.today - dt.timedelta(days=int(self.span * self.rng.random() ** skew))

    def weekday(self, day: dt.date) -> dt.date:
        """Offices meet on working days; a weekend moves back to Friday."""
        return day - dt.timedelta(days=max(0, day.weekday() - 4))

    def person_name(self, people: str) -> tuple[str, bool]:
        """(full name, whether female): a given name and two surnames, mixed as they are."""
        rng = self.rng
        female = rng.random() < 0.55
        first = rng.choice(FEMALE if female else MALE)
        own = None if people == "afro" else SURNAMES.get(people)
        pool = SURNAMES["afro"] if people == "afro" else SURNAMES["spanish"]
        first_surname = rng.choice(own) if own and rng.random() < 0.8 else rng.choice(pool)
        second = first_surname
        while second == first_surname:
            second = rng.choice(own if own and rng.random() < 0.5 else pool + SURNAMES["spanish"])
        return f"{first} {first_surname} {second}", female

    def region(self) -> dict[str, Any]:
        return self.regions[self.region_odds.pick(self.rng)]

    def vereda(self, region) -> tuple[str, str]:
        muni = self.rng.choice(region["munis"])
        return f"Vereda {self.rng.choice(VEREDAS)}, {muni}", muni

    # -- places and the chain of command ------------------------------------------------

    def build_regions(self) -> None:
        rng = self.rng
        n_dept = min(len(DEPARTMENTS), max(4, 4 + self.scale // 2500))
        n_muni = min(10, max(3, 2 + self.scale // 2000))
        towns = [f"{a} {b}" for a in TOWN_FIRST for b in TOWN_SECOND]
        rng.shuffle(towns)
        self.regions: list[dict[str, Any]] = []
        for i, name in enumerate(DEPARTMENTS[:n_dept]):
            people = PEOPLES[i % len(PEOPLES)] if i < len(PEOPLES) else rng.choice(PEOPLES)
            munis = [towns.pop() for _ in range(n_muni)]
            self.regions.append({"name": name, "people": people, "munis": munis, "orgs": [],
                                 "persons": [], "team": f"Equipo {name}" if i < 3 else "Equipo Móvil",
                                 "auth": defaultdict(list)})
        # A few departments carry most of the work, as in any field office.
        self.region_odds = _Odds({i: 1.0 / (1 + i * 0.3) for i in range(n_dept)})

    def authority(self, name: str, kind: str, level: str, superior: str | None, territory: str,
                  region=None) -> str:
        aid = new_id()
        self.authorities.append(Authority(
            id=aid, name=name, kind=kind, level=level, superior_id=superior, territory=territory,
            contact="Conmutador ficticio 555-0100", notes=FICTION,
            postal_address=_postal_address(territory, len(self.authorities)),
            email=f"despacho{len(self.authorities):03d}@{_slug(kind)}.example.org",
            salutation=SALUTATIONS.get(kind, "Señor/a responsable")))
        self.names[aid] = name
        self.auth_by_kind[kind].append(aid)
        self.auth_region[aid] = region
        self.auth_kind[aid] = kind
        self.auth_place[aid] = territory if level == "local" else \
            region["munis"][0] if region is not None else "Sede central en la capital"
        if region is not None:
            region["auth"][kind].append(aid)
        return aid

    def build_authorities(self) -> None:
        self.authorities: list[Authority] = []
        self.auth_by_kind: dict[str, list[str]] = defaultdict(list)
        self.auth_region: dict[str, dict | None] = {}
        self.auth_kind: dict[str, str] = {}
        self.auth_place: dict[str, str] = {}
        A = self.authority
        national = "Nacional"
        mod = A("Ministerio de Defensa Nacional", "ministry", "national", None, national)
        army = A("Comando del Ejército Nacional", "army_command", "national", mod, national)
        police = A("Dirección General de la Policía Nacional", "national_police", "national", mod, national)
        interior = A("Ministerio del Interior", "ministry", "national", None, national)
        fiscalia = A("Fiscalía General de la Nación", "prosecutor", "national", None, national)
        defensoria = A("Defensoría del Pueblo", "ombudsman", "national", None, national)
        procuraduria = A("Procuraduría General de la Nación", "inspector_general", "national", None,
                         national)
        ohchr = A("Oficina de la ONU Derechos Humanos en el país", "un_office", "international", None,
                  national)
        A("Misión de Verificación de la ONU", "un_office", "international", None, national)
        for country in NATIONS:
            A(f"Embajada de {country}", "embassy", "international", None, national)
        A("Delegación de la Unión Europea", "embassy", "international", None, national)
        ordinals = ["Primera", "Segunda", "Tercera", "Cuarta", "Quinta", "Sexta", "Séptima", "Octava",
                    "Novena", "Décima", "Undécima"]
        divisions = [A(f"{ordinals[i]} División del Ejército", "division", "regional", army,
                       "Varios departamentos") for i in range((len(self.regions) + 2) // 3)]
        battalion_no = 10
        for i, region in enumerate(self.regions):
            r = region["name"]
            brigade = A(f"Brigada n.º {i * 3 + 7}", "brigade", "regional", divisions[i // 3], r, region)
            dept_police = A(f"Policía Departamental de {r}", "police_department", "regional", police, r,
                            region)
            governor = A(f"Gobernación de {r}", "governor", "regional", interior, r, region)
            seccional = A(f"Dirección Seccional de Fiscalías de {r}", "prosecutor", "regional", fiscalia,
                          r, region)
            A(f"Defensoría del Pueblo — Regional {r}", "ombudsman", "regional", defensoria, r, region)
            A(f"Procuraduría Regional de {r}", "inspector_general", "regional", procuraduria, r, region)
            if i % 3 == 0:
                A(f"Suboficina de la ONU Derechos Humanos en {r}", "un_office", "international", ohchr,
                  r, region)
            for j, muni in enumerate(region["munis"]):
                A(f"Alcaldía de {muni}", "mayor", "local", governor, muni, region)
                A(f"Estación de Policía de {muni}", "police_station", "local", dept_police, muni, region)
                if j % 2 == 0:
                    A(f"Fiscalía Local de {muni}", "prosecutor", "local", seccional, muni, region)
                    battalion_no += self.rng.randint(1, 9)
                    honour = BATTALION_NAMES[battalion_no % len(BATTALION_NAMES)]
                    A(f"Batallón de Infantería n.º {battalion_no} «{honour}»", "battalion", "local",
                      brigade, muni, region)
            A(f"Juzgado Penal del Circuito de {region['munis'][0]}", "court", "local", None,
              region["munis"][0], region)

    def build_officials(self) -> None:
        rng = self.rng
        self.officials: list[Official] = []
        self.posts: dict[str, list[tuple[str, dt.date, dt.date | None]]] = defaultdict(list)
        earliest = self.today - dt.timedelta(days=self.span + 60)
        for record in self.authorities:
            kind, aid = record.kind, record.id
            nation = record.name.removeprefix("Embajada de ")
            start = self.today - dt.timedelta(days=rng.randint(60, 1100))
            end = None
            for _ in range(6):  # successive holders, back to before the oldest record
                self.official(aid, kind, POSITIONS.get(kind, "Responsable"), start, end, nation)
                if start <= earliest:
                    break
                end = start - dt.timedelta(days=1)
                start = end - dt.timedelta(days=rng.randint(365, 1100))
            if kind in LIAISONS:
                start = self.today - dt.timedelta(days=rng.randint(100, self.span))
                self.official(aid, kind, LIAISONS[kind], start, None, nation)

    def official(self, aid, kind, position, start, end, nation) -> None:
        if kind == "embassy" and nation in NATIONS:
            firsts, lasts, _ = NATIONS[nation]
            female = self.rng.random() < 0.5
            name = f"{self.rng.choice(firsts)} {self.rng.choice(lasts)}"
        else:
            name, female = self.person_name("spanish")
        oid = new_id()
        title = _with_or(position, female)
        word = SALUTATIONS.get(kind, "Señor/a responsable").split(" ", 1)[-1]
        salutation = ("Excelencia" if kind == "embassy" else
                      f"{'Señora' if female else 'Señor'} {_with_or(word, female)}")
        self.officials.append(Official(id=oid, full_name=name, authority_id=aid,
                                       position=title, start_on=start,
                                       end_on=end, notes=FICTION, salutation=salutation,
                                       email=f"{_slug(name)}@{_slug(kind)}.example.org"))
        self.names[oid] = name
        self.posts[aid].append((oid, start, end))

    def in_post(self, aid: str, day: dt.date) -> list[str]:
        return [oid for oid, start, end in self.posts[aid]
                if start <= day and (end is None or day <= end)]

    # -- organisations and persons --------------------------------------------------------

    def build_organisations(self) -> None:
        rng = self.rng
        n = max(6, self.scale // 40)
        self.organisations: list[Organisation] = []
        seen: set[str] = set()
        for i in range(n):
            region = self.regions[i] if i < len(self.regions) else self.region()
            people, r = region["people"], region["name"]
            for _ in range(8):
                template, kind = rng.choice(OWN_ORGS[people] if rng.random() < 0.6 else OTHER_ORGS)
                if i == 0:
                    template, kind = "Comunidad Nasa de Tóez", "community"
                muni = rng.choice(region["munis"])
                name = template.format(ve=rng.choice(VEREDAS), r=r, m=muni, ri=rng.choice(RIVERS),
                                       ra=rng.choice(RANCHERIAS), al=rng.choice(ALIAS_WORDS),
                                       pa=WOMEN_OF[people])
                if name not in seen:
                    break
            base, k = name, 2
            while name in seen:
                name, k = f"{base} ({k})", k + 1
            seen.add(name)
            oid = new_id()
            risk = ORGANISATION_RISK.pick(rng)
            self.organisations.append(Organisation(
                id=oid, name=name,
                alias=f"Organización «{rng.choice(ALIAS_WORDS)}»" if rng.random() < 0.7 else "",
                kind=kind, region=r, risk_level=risk,
                accompaniment_status=FOLLOWED.pick(rng),
                checkin_protocol=("Llamada de seguridad a la sede cada lunes y jueves a las 18:00."
                                  if risk in ("high", "extreme") else ""),
                consent_level=CONSENT.pick(rng),
                contact=f"Sede en {rng.choice(region['munis'])}; teléfono ficticio 555-01{i % 100:02d}",
                notes=f"{FICTION} Acompañada por el {region['team']} en {r}."))
            self.names[oid] = name
            region["orgs"].append((oid, name, kind))

    def build_persons(self) -> None:
        rng = self.rng
        n = max(12, self.scale // 8)
        kind_for_org = {"indigenous_organisation": "indigenous_leader", "community": "community_leader",
                        "afro_descendant_organisation": "afro_descendant_leader",
                        "trade_union": "trade_unionist", "lawyers_collective": "lawyer",
                        "victims_organisation": "relative_of_disappeared",
                        "womens_organisation": "womens_rights_defender",
                        "peasant_organisation": "peasant_leader",
                        "environmental_organisation": "environmental_defender", "human_rights_ngo": "lawyer"}
        self.persons: list[Person] = []
        self.female: dict[str, bool] = {}
        for i in range(n):
            region = self.regions[i] if i < len(self.regions) else self.region()
            org = rng.choice(region["orgs"]) if region["orgs"] and rng.random() < 0.8 else None
            if i == 0:
                name, female = "María Fernanda Ñáñez Tumiñá", True
            else:
                name, female = self.person_name(region["people"])
            kind = kind_for_org.get(org[2], "community_leader") if org else \
                rng.choice(["journalist", "lgbti_defender", "witness", "environmental_defender", "other"])
            if kind == "indigenous_leader" and region["people"] in ("afro", "campesino"):
                kind = "community_leader"
            risk = PERSON_RISK.pick(rng)
            pid = new_id()
            alias = ""
            if rng.random() < 0.85:
                word = ALIAS_WORDS[i % len(ALIAS_WORDS)]
                title = "Defensora" if female else "Defensor"
                alias = f"{title} «{word}»" + (f" {i // len(ALIAS_WORDS)}" if i >= len(ALIAS_WORDS) else "")
            self.persons.append(Person(
                id=pid, full_name=name, alias=alias, kind=kind, organisation_id=org[0] if org else None,
                region=region["name"], risk_level=risk,
                accompaniment_status=FOLLOWED.pick(rng),
                checkin_protocol=PROTOCOL.format(rng.choice(["07:00", "12:00", "18:00", "20:00"]))
                if risk in ("high", "extreme") else "",
                consent_level=CONSENT.pick(rng),
                contact=f"Teléfono ficticio 555-02{i % 100:02d}; Signal",
                notes=f"{FICTION} Vive en {self.vereda(region)[0]}."))
            self.names[pid] = name
            self.female[pid] = female
            region["persons"].append(pid)
        for region in self.regions:  # every region needs someone for its incidents
            if not region["persons"]:
                region["persons"].append(self.persons[rng.randrange(n)].id)

    # -- volunteers -------------------------------------------------------------------------

    def build_volunteers(self) -> None:
        rng = self.rng
        n = min(40, max(16, 16 + self.scale // 400))
        self.volunteers: list[Volunteer] = []
        self.presence: list[tuple[str, dt.date, dt.date]] = []
        earliest = self.today - dt.timedelta(days=self.span + 200)
        # Arrivals are staggered so that a few volunteers are in the field on any day of the history.
        step = (self.today - dt.timedelta(days=20) - earliest).days / (n - 2)
        nations = list(NATIONS)
        teams = sorted({r["team"] for r in self.regions})
        current = 12  # the team in the field today: enough to staff a week's roster
        for i in range(n):
            if i >= n - 2:
                arrival = self.today + dt.timedelta(days=rng.randint(10, 60))
            elif i >= n - 2 - current:
                arrival = self.today - dt.timedelta(days=rng.randint(20, 280))
            else:
                arrival = earliest + dt.timedelta(days=int(i * step + rng.random() * step * 0.5))
            departure = arrival + dt.timedelta(days=rng.randint(300, 720))
            if n - 2 - current <= i < n - 2:
                departure = max(departure, self.today + dt.timedelta(days=rng.randint(60, 200)))
            nation = nations[i % len(nations)] if i < len(nations) else rng.choice(nations)
            firsts, lasts, tongue = NATIONS[nation]
            name = f"{rng.choice(firsts)} {rng.choice(lasts)}"
            nationalities = V.country_of(nation) or nation
            if rng.random() < 0.15:
                other = rng.choice([x for x in nations if x != nation])
                nationalities += f"; {V.country_of(other) or other}"
            if departure < self.today:
                status = "departed"
            elif arrival > self.today:
                status = "preparing"
            else:
                status = "on_leave" if rng.random() < 0.1 else "in_field"
            vid = new_id()
            self.volunteers.append(Volunteer(
                id=vid, full_name=name, nationalities=nationalities,
                languages=", ".join(x for x in (tongue, "español", "inglés") if x),
                team=rng.choice(teams), arrival_on=arrival, departure_on=departure,
                visa_expires_on=departure + dt.timedelta(days=rng.randint(-20, 60)),
                emergency_contact=f"Familia en {nation}: +00 555 03{i:02d} (ficticio)",
                status=status, notes=FICTION))
            self.names[vid] = name
            if status != "on_leave":
                self.presence.append((vid, arrival, departure))

    def present(self, day: dt.date, k: int) -> list[str]:
        here = [vid for vid, arrival, departure in self.presence if arrival <= day <= departure]
        return self.rng.sample(here, min(k, len(here)))

    # -- incidents and alerts ----------------------------------------------------------------

    def plan_incidents(self) -> None:
        """Everything about each incident except its text, which is written batch by batch."""
        rng = self.rng
        self.incident_plan: list[_Planned] = []
        by_region: dict[str, list] = defaultdict(list)
        for _ in range(self.scale):
            region = self.region()
            kind = INCIDENT_KINDS.pick(rng)
            day = self.day()
            precision = PRECISION.pick(rng)
            if precision == "month":
                day = day.replace(day=1)
            severity = SEVERITY_BY_KIND.get(kind, SEVERITY_BY_KIND["other kinds"]).pick(rng)
            how_many = min(len(region["persons"]), PERSONS_AFFECTED.pick(rng))
            persons = rng.sample(region["persons"], how_many)
            how_many = min(len(region["orgs"]), ORGANISATIONS_AFFECTED.pick(rng))
            orgs = [o[0] for o in rng.sample(region["orgs"], how_many)]
            if kind == "judicial_harassment" and rng.random() < 0.7:
                perp = "judicial_authority"
            elif kind == "detention" and rng.random() < 0.7:
                perp = rng.choice(["police", "army"])
            else:
                perp = PERPETRATORS.pick(rng)
            unit_kind = PERPETRATOR_UNIT.get(perp)
            units = region["auth"].get(unit_kind, []) if unit_kind else []
            unit = rng.choice(units) if units and rng.random() < 0.8 else None
            alert = severity == "critical" or (severity == "high" and kind in ALERTED_WHEN_HIGH
                                               and rng.random() < 0.25)
            plan = _Planned(new_id(), day, precision, region, kind, severity, persons, orgs, perp, unit,
                            alert)
            self.incident_plan.append(plan)
            by_region[region["name"]].append(plan)
        self.incidents_by_region = {r: sorted(v, key=_by_day) for r, v in by_region.items()}
        self.all_incidents = sorted(self.incident_plan, key=_by_day)

    @staticmethod
    def context(sentences: list[str], kind: str) -> list[str]:
        # A survivor of sexual violence is never named in the text, whatever the consent.
        return [s for s in sentences if "{v}" not in s] if kind == "sexual_violence" else sentences

    def incident(self, plan: _Planned) -> Incident:
        rng = self.rng
        iid, day, precision, region, kind, severity, persons, orgs, perp, unit, _alert = plan
        place, muni = self.vereda(region)
        victim = self.names[persons[0]]
        english = rng.random() < 0.25 and kind in OPENINGS_EN
        community = "the community of" if english else "la comunidad de"
        org_name = self.names[orgs[0]] if orgs else f"{community} {place.split(',')[0]}"
        nation = rng.choice(list(NATIONS))
        fill: dict[str, Any] = dict(
                    v=victim, p=place, o=org_name, n=rng.randint(2, 12), g=rng.choice(ARMED_GROUPS),
                    nth=rng.choice(["segundo", "tercer", "cuarto", "quinto"]),
                    perp=PERP_DETAILS[perp].format(u=self.names.get(unit or "", "unidad sin identificar"),
                                                   g=rng.choice(ARMED_GROUPS)),
                    a=self.names[rng.choice(region["auth"]["brigade"])],
                    c=NATIONS_EN[nation] if english else nation)
        if english:
            sentences = [rng.choice(OPENINGS_EN[kind]), rng.choice(self.context(CONTEXT_EN, kind)),
                         rng.choice(FOLLOW_EN), FICTION_EN]
            label = V.INCIDENT_KIND.label(kind, "en")
            summary = f"{label} against {victim} near {place}"
        else:
            sentences = [rng.choice(OPENINGS_ES[kind]), rng.choice(self.context(CONTEXT_ES, kind)),
                         rng.choice(FOLLOW_ES), FICTION_ES]
            label = V.INCIDENT_KIND.label(kind, "es")
            summary = f"{label} contra {victim} en {place}"
        if kind == "sexual_violence" or (kind in ("displacement", "raid", "theft_of_information") and orgs):
            summary = f"{label} — {org_name}, {muni}"  # sexual violence: the victim is never named
        text = " ".join(sentences).format(**fill)
        text = _with_or(text, self.female.get(persons[0], True)) if "/a" in text else text
        reported = rng.random() < 0.6
        source_kind = SOURCE_KINDS.pick(rng)
        seccional = region["auth"]["prosecutor"]
        age = (self.today - day).days
        return Incident(
            id=iid, summary=summary[:300], occurred_on=day, date_precision=precision, place=place,
            region=region["name"], kind=kind, affected_persons=list(persons),
            affected_person_roles=[rng.choice(["victim", "target"])] +
            [rng.choice(["witness", "relative", "victim"]) for _ in persons[1:]],
            affected_organisations=list(orgs),
            affected_organisation_roles=[rng.choice(["target", "member", "victim"]) for _ in orgs],
            perpetrator_type=perp, perpetrator_authority_id=unit,
            perpetrator_description=fill["perp"] if perp != "unknown" else "",
            source_kind=source_kind,
            source=SOURCES[source_kind].format(t=region["team"], r=region["name"], a=fill["a"]),
            verification=VERIFICATION.pick(rng),
            severity=severity, description=text, reported=reported,
            reported_to=self.names[rng.choice(seccional)] if reported and seccional else "",
            follow_up=("closed" if age > 365 and rng.random() < 0.7 else
                       FOLLOW_UP.pick(rng)))

    def build_alerts(self) -> None:
        rng = self.rng
        embassies = [self.names[a] for a in self.auth_by_kind["embassy"]]
        un = [self.names[a] for a in self.auth_by_kind["un_office"] if self.auth_region[a] is None]
        self.alerts: list[Alert] = []
        for plan in self.incident_plan:
            if not plan.alert:
                continue
            iid, day, region = plan.id, plan.day, plan.region
            at = dt.datetime.combine(day, dt.time(rng.randint(6, 22), rng.choice((0, 15, 30, 45))))
            at += dt.timedelta(hours=rng.randint(1, 30))
            if at.date() > self.today:
                at = dt.datetime.combine(self.today, dt.time(6, 0))
            ombuds = region["auth"]["ombudsman"]
            alerted = "; ".join(rng.sample(embassies, 3) + un[:1] +
                                ([self.names[ombuds[0]]] if ombuds else []) +
                                ["Sede internacional de la organización"])
            self.alerts.append(Alert(
                id=new_id(), incident_id=iid, activated_at=at, alerted=alerted,
                response=rng.choice([f"La {rng.choice(embassies)} llamó al comandante de la brigada.",
                                     "ONU Derechos Humanos envió una misión a la zona al día siguiente.",
                                     "The embassies issued a joint statement of concern.", ""]),
                status="closed" if (self.today - at.date()).days > 30 else "active"))

    # -- meetings and commitments ---------------------------------------------------------

    def raised(self, region, day: dt.date) -> tuple[list[str], list[str], list[str]]:
        pool = self.incidents_by_region.get(region["name"], []) if region else self.all_incidents
        end = bisect.bisect_right(pool, day, key=_by_day)
        recent = pool[max(0, end - 150):end]
        chosen = self.rng.sample(recent, min(len(recent), self.rng.randint(1, 5)))
        persons = list(dict.fromkeys(p for c in chosen for p in c.persons))[:5]
        orgs = list(dict.fromkeys(o for c in chosen for o in c.orgs))[:3]
        return [c.id for c in chosen], persons, orgs

    def build_meetings(self) -> None:
        rng = self.rng
        n = max(10, self.scale // 10)
        self.meetings: list[Meeting] = []
        self.commitments: list[Commitment] = []
        kinds = _Odds({k: w for k, w in MEETING_KINDS.items() if self.auth_by_kind.get(k)})
        for _ in range(n):
            aid = rng.choice(self.auth_by_kind[kinds.pick(rng)])
            region = self.auth_region[aid]
            day = self.weekday(self.day(1.2))
            incidents, persons, orgs = self.raised(region, day)
            r = region["name"] if region else rng.choice(self.regions)["name"]
            fill = dict(o=self.names[orgs[0]] if orgs else f"las comunidades de {r}", r=r,
                        v=self.names[persons[0]] if persons else f"defensores de {r}")
            volunteers = self.present(day, rng.randint(1, 2))
            kind = self.auth_kind[aid]
            notes = MEETING_NOTES_INTERNATIONAL if kind in ("embassy", "un_office") else \
                MEETING_NOTES + MEETING_NOTES_FORCES if kind in FORCES else MEETING_NOTES
            delegation = "Coordinación de la oficina" + (
                f" y {', '.join(self.names[v] for v in volunteers)}" if volunteers else "")
            mid = new_id()
            self.meetings.append(Meeting(
                id=mid, held_on=day, authority_id=aid, place=self.auth_place[aid],
                purpose=rng.choice(MEETING_PURPOSES).format(**fill), officials=self.in_post(aid, day),
                volunteers=volunteers, delegation=delegation,
                notes=" ".join(rng.sample(notes, 2)) + f" {FICTION}",
                incidents=incidents, persons=persons, organisations=orgs,
                next_meeting_on=day + dt.timedelta(days=rng.randint(30, 90)) if rng.random() < 0.4
                else None))
            for _ in range(rng.choice((0, 1, 1, 2, 2, 3))):
                due = day + dt.timedelta(days=rng.randint(14, 120))
                if due > self.today:
                    status = COMMITMENT_NOT_YET_DUE.pick(rng)
                else:
                    status = COMMITMENT_DUE.pick(rng)
                place = self.vereda(region)[0] if region else r
                self.commitments.append(Commitment(
                    id=new_id(), meeting_id=mid, due_on=due, status=status,
                    text=rng.choice(COMMITMENTS_ES).format(p=place, **fill),
                    status_note=rng.choice(COMMITMENT_NOTES[status])))

    # -- accompaniments and check-ins ------------------------------------------------------------

    def subject(self) -> tuple[str | None, str | None, dict]:
        """A person (mostly) or an organisation to accompany or call, and their region."""
        region = self.region()
        if region["orgs"] and self.rng.random() < 0.3:
            return None, _skewed(self.rng, region["orgs"])[0], region
        return _skewed(self.rng, region["persons"]), None, region

    def build_accompaniments(self) -> None:
        rng = self.rng
        n = max(20, self.scale // 5)
        upcoming = min(max(6, n // 5), 120)
        self.accompaniments: list[Accompaniment] = []
        for i in range(n):
            person, org, region = self.subject()
            kind = ACCOMPANIMENT_KINDS.pick(rng)
            hour, low, high = ACCOMPANIMENT_HOURS[kind]
            if i < upcoming:
                day, status = self.today + dt.timedelta(days=rng.randint(1, 42)), "planned"
            else:
                day = self.day(1.2) - dt.timedelta(days=1)
                status = ACCOMPANIMENT_DONE.pick(rng)
            starts = dt.datetime.combine(day, dt.time(hour + rng.randint(0, 2), rng.choice((0, 30))))
            ends = starts + dt.timedelta(hours=rng.randint(low, high))
            place, muni = self.vereda(region)
            k = 1 if kind == "phone_checkin" else 3 if kind == "public_event" else 2
            self.accompaniments.append(Accompaniment(
                id=new_id(), person_id=person, organisation_id=org, kind=kind, place=place,
                meeting_point=rng.choice(MEETING_POINTS).format(m=muni, ve=rng.choice(VEREDAS)),
                starts_at=starts, ends_at=ends, volunteers=self.present(day, k), status=status,
                notes=rng.choice(ACCOMPANIMENT_NOTES[status])))

    def build_checkins(self) -> None:
        rng = self.rng
        n = max(20, self.scale // 5)
        upcoming = min(max(4, n // 10), 80)
        self.checkins: list[CheckIn] = []
        for i in range(n):
            person, org, _region = self.subject()
            if i < upcoming:
                day, outcome = self.today + dt.timedelta(days=rng.randint(1, 14)), "pending"
            else:
                day = self.day(1.0) - dt.timedelta(days=1)
                outcome = CALL_OUTCOMES.pick(rng)
            scheduled = dt.datetime.combine(day, dt.time(rng.choice((7, 12, 18, 20)), 0))
            done = None if outcome == "pending" else scheduled + dt.timedelta(minutes=rng.randint(0, 40))
            self.checkins.append(CheckIn(
                id=new_id(), person_id=person, organisation_id=org, scheduled_at=scheduled,
                done_at=done, outcome=outcome, notes=rng.choice(CHECKIN_NOTES[outcome])))

    def build_schedules(self) -> None:
        """A check-in schedule for everyone whose protocol asks for calls (the high-risk ones)."""
        self.schedules: list[CheckInSchedule] = []
        for person in self.persons:
            match = re.search(r"(\d\d:\d\d)", person.checkin_protocol)
            if match:
                self.schedules.append(CheckInSchedule(
                    id=new_id(), person_id=person.id, frequency="daily", at_time=match.group(1),
                    notes=person.checkin_protocol))
        for org in self.organisations:
            if org.checkin_protocol:
                for weekday in (0, 3):  # Monday and Thursday, as the protocol says
                    self.schedules.append(CheckInSchedule(
                        id=new_id(), organisation_id=org.id, frequency="weekly", weekday=weekday,
                        at_time="18:00", notes=org.checkin_protocol))

    # -- writing -----------------------------------------------------------------------------

    def write(self, table: str, records: Iterable, count: int) -> None:
        repo = self.vault.repo(table)
        batch = []
        for record in records:
            batch.append(record)
            if len(batch) == BATCH:
                self.flush(repo, batch)
                batch = []
        if batch:
            self.flush(repo, batch)
        self.counts[table] = count

    def flush(self, repo, batch) -> None:
        repo.add_many(batch)
        self.done += len(batch)
        if self.progress:
            self.progress(self.done, self.total)

    def run(self) -> dict[str, int]:
        self.build_regions()
        self.build_authorities()
        self.build_officials()
        self.build_organisations()
        self.build_persons()
        self.build_volunteers()
        self.plan_incidents()
        self.build_alerts()
        self.build_meetings()
        self.build_accompaniments()
        self.build_checkins()
        self.build_schedules()
        tables: list[tuple[str, Any]] = [("organisations", self.organisations), ("persons", self.persons),
                  ("authorities", self.authorities), ("officials", self.officials),
                  ("volunteers", self.volunteers), ("incidents", None), ("alerts", self.alerts),
                  ("meetings", self.meetings), ("commitments", self.commitments),
                  ("accompaniments", self.accompaniments), ("checkins", self.checkins),
                  ("checkin_schedules", self.schedules)]
        self.total = sum(len(r) if r is not None else len(self.incident_plan) for _, r in tables)
        for table, records in tables:
            if records is None:
                # Incidents carry most of the text: made a batch at a time, never all in memory.
                self.write(table, map(self.incident, self.incident_plan), len(self.incident_plan))
            else:
                self.write(table, records, len(records))
        return self.counts


def fill_demo(vault, scale: int, *, seed: int = 2026,
              progress: Callable[[int, int], None] | None = None,
              today: dt.date | None = None) -> dict[str, int]:
    """Fill an open vault with about `scale` fictional incidents and everything around them.

    Returns the number of records added per table. `progress(done, total)` is called after
    each batch. Everything is one transaction: stopped or killed part way, the demo leaves
    nothing behind. A vault that holds records the demo did not make is refused, so
    fictional people are never mixed into a real record.
    `today` is the reference day (default: today); a later day would make records the
    vault refuses as future-dated.
    """
    if scale < 1:
        raise ValueError("The demo needs a scale of at least 1 incident.")
    real_today = clock.today()
    today = today or real_today
    if today > real_today:
        raise ValueError(f"The reference day {today.isoformat()} is in the future.")
    from ..vault import audit, demo_marks, settings
    from ..vault.errors import PermissionDenied

    refuse_real_records(vault)
    with vault.transaction():
        first = audit.head(vault.conn)[0] + 1
        counts = _Demo(vault, scale, seed, today, progress).run()
        current = settings.load(vault)
        try:
            if not current.emergency_number:
                # A demo office, so that the printed roster shows what a real one would.
                settings.save(vault, emergency_number="+57 300 555 0148 (ficticio)",
                              office_name="Oficina de terreno (demostración)")
        except PermissionDenied:
            pass  # office settings are a coordinator's; the demo data is there all the same
        demo_marks.remember(vault, first, audit.head(vault.conn)[0])
    return counts


def refuse_real_records(vault) -> None:
    """UsageError if the vault holds a record that no demo run created."""
    from ..vault import demo_marks
    from ..vault.errors import UsageError

    if demo_marks.holds_records_outside_demo(vault):
        raise UsageError("vault.demo.vault_holds_records_demo")
