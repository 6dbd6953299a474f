"""Fixtures: the forms in which people are written about, in Spanish and English sentences,
and sentences that must come through untouched (false positives).

The withheld person is RAMON: "Ramón Ñañez Quintero", alias "El Búho", also known as
"Moncho" and "El Viejo Ramón". Every sentence of FORMS names him in one form.
"""

from __future__ import annotations

from accompdesk.domain.records import Organisation, Person

RAMON = Person(id="ramon", full_name="Ramón Ñañez Quintero", alias="El Búho", aka="Moncho\nEl Viejo Ramón",
               kind="community_leader", gender="male", region="Cauca", consent_level="internal")
# Withheld too: her alias is a village's name, which the shield must protect.
ERNESTINA = Person(id="ernestina", full_name="Ernestina Paz Rojas", alias="El Cedro",
                   kind="womens_rights_defender", gender="female", region="Nariño",
                   consent_level="internal")
# Named: shares Ramón's first name and first surname.
ALCALDE = Person(id="alcalde", full_name="Ramón Ñañez Pérez", kind="other", consent_level="public")
ASOCIACION = Organisation(id="asociacion", name="Asociación Tejiendo Memoria", alias="La Tejedora",
                          kind="womens_organisation", region="Cauca", consent_level="internal")
ENTITIES = [RAMON, ERNESTINA, ALCALDE, ASOCIACION]
# Places the vault knows (incident places, regions): kept whole, and shield one-word forms.
PLACES = ["Cedro", "Vereda El Cedro", "Cauca", "Nariño", "Toribío"]

# form -> (Spanish sentence, English sentence); each names a withheld entity once.
FORMS = {
    "full name": ("Amenazaron a Ramón Ñañez Quintero en la vereda.",
                  "Ramón Ñañez Quintero was threatened at his home."),
    "full name, capitals without accents": ("AMENAZARON A RAMON NANEZ QUINTERO EN LA VEREDA.",
                                            "RAMON NANEZ QUINTERO WAS THREATENED AT HIS HOME."),
    "alias": ("El Búho denunció la amenaza ante la fiscalía.",
              "The threat against El Búho was reported to the prosecutor."),
    "alias without its article": ("Búho denunció la amenaza ante la fiscalía.",
                                  "Búho reported the threat to the prosecutor."),
    "also known as": ("Moncho recibió un panfleto en la casa.",
                      "Moncho received a pamphlet at the house."),
    "also known as, several words": ("Dicen que El Viejo Ramón salió del pueblo.",
                                     "They say that El Viejo Ramón left the town."),
    "surname pair": ("Los hechos contra Ñañez Quintero ocurrieron de noche.",
                     "The attack on Ñañez Quintero happened at night."),
    "señor + surname": ("El señor Ñañez fue amenazado por dos hombres.",
                        "We met señor Ñañez in the office."),
    "señora + surname": ("La señora Rojas fue amenazada en su casa.",
                         "The threat against señora Rojas was made by phone."),
    "don + surname": ("Hablamos con don Ñañez sobre la amenaza.",
                      "We spoke with don Ñañez about the threat."),
    "doña + surname": ("Hablamos con doña Paz sobre la amenaza.",
                       "We spoke with doña Paz about the threat."),
    "Sr. + surname": ("El Sr. Quintero pidió protección a la fiscalía.",
                      "Sr. Quintero asked the prosecutor for protection."),
    "Sra. + surname": ("La Sra. Rojas pidió protección a la fiscalía.",
                       "Sra. Rojas asked the prosecutor for protection."),
    "Mr + surname": ("La reunión con Mr Ñañez fue corta.",
                     "Mr Ñañez was followed by two men on a motorbike."),
    "Mr. + surname": ("La reunión con Mr. Quintero fue corta.",
                      "Mr. Quintero was followed by two men on a motorbike."),
    "Ms + surname": ("La reunión con Ms Rojas fue corta.",
                     "Ms Rojas was followed by two men on a motorbike."),
    "familia + surname": ("La familia Quintero tuvo que desplazarse.",
                          "The familia Quintero had to leave the village."),
    "hermano de + surname": ("El hermano de Ñañez fue detenido.",
                             "The hermano de Ñañez was detained."),
    "family after the surname": ("La Quintero family salió del pueblo.",
                                 "The Quintero family had to leave the village."),
    "brother of + surname": ("Vino el brother of Ñañez.", "The brother of Ñañez was detained."),
    "surname pair after an honorific": ("Visitamos al señor Ñañez Quintero en su finca.",
                                        "We visited Mr Ñañez Quintero at his farm."),
    "first name + first surname": ("Ramón Ñañez estuvo en la reunión.",
                                   "Ramón Ñañez was at the meeting."),
    "initial + surname": ("R. Ñañez firmó la denuncia.", "R. Ñañez signed the complaint."),
    "initial + surname pair": ("R. Ñañez Quintero firmó la denuncia.",
                               "R. Ñañez Quintero signed the complaint."),
    "initial without dot + surname": ("R Ñañez firmó la denuncia.", "R Ñañez signed the complaint."),
    "joined by dots": ("Escribió desde Ramón.Ñañez.Quintero en la red.",
                       "He wrote as Ramón.Ñañez.Quintero online."),
    "joined by underscores": ("Su usuario es Ramón_Ñañez_Quintero en la red.",
                              "His user name is Ramón_Ñañez_Quintero online."),
    "joined by nothing": ("Su usuario es RamónÑañezQuintero en la red.",
                          "His user name is RamónÑañezQuintero online."),
    "first name and surname in an address": ("Le escribieron a ramon.nanez@correo.org con amenazas.",
                                             "They wrote threats to ramon.nanez@correo.org."),
    "organisation joined": ("La página AsociaciónTejiendoMemoria fue cerrada.",
                            "The page AsociaciónTejiendoMemoria was taken down."),
    "organisation alias without its article": ("Tejedora publicó un comunicado.",
                                               "Tejedora published a statement."),
}

# Words that must not survive in any redacted form of the sentences above (folded).
TELLTALES = ["nanez", "quintero", "buho", "moncho", "viejo ramon", "paz rojas", "senora rojas",
             "sra. rojas", "ms rojas", "dona paz", "tejiendo", "tejedora", "ramon.nanez"]

# Sentences that name no withheld person: they come through exactly as written.
UNCHANGED = [
    "La reunión fue en Cedro, cerca del río.",
    "Compraron madera de cedro para la escuela.",
    "La comunidad de la Vereda El Cedro pidió agua potable.",
    "The meeting was held in Cedro, near the river.",
    "Pedimos paz para el Cauca.",
    "We ask for peace and for paz in Cauca.",
    "Las banderas rojas ondeaban en la plaza.",
    "Quintero es también un municipio de otra región.",
    "Ramón Ñañez Pérez, el alcalde, habló en la plaza.",
    "Mayor Ramón Ñañez Pérez spoke in the square.",
    "Banana y búhos en el mercado de Toribío.",
    "El señorío de la hacienda era grande.",
    "Mr Smith met the family in Toribío.",
    "La familia pidió protección.",
    "The brother of the mayor was there.",
    "Don Pedro vende café en Nariño.",
    "R. Pérez firmó como testigo.",
]
