"""Names for the demo organisation: a Dutch workforce as it really is, with its Moroccan, Turkish,
Surinamese, Indonesian and other roots, and the prefixes (tussenvoegsels) that make sorting hard."""

FIRST_NAMES_F = (
    "Anna", "Emma", "Sophie", "Julia", "Lotte", "Fleur", "Sanne", "Lisa", "Eva", "Iris", "Anouk", "Femke",
    "Marieke", "Ingrid", "Annelies", "Petra", "Monique", "Esther", "Linda", "Sandra", "Wilma", "Karin",
    "Fatima", "Samira", "Yasmina", "Nour", "Elif", "Zeynep", "Ayşe", "Priya", "Shanti", "Chantal", "Dewi",
    "Noor", "Tess", "Mila", "Zoë", "Renée", "Hanneke", "Joke", "Bep", "Gerda", "Mirjam", "Daphne", "Marloes",
)
FIRST_NAMES_M = (
    "Jan", "Pieter", "Henk", "Kees", "Willem", "Dirk", "Bram", "Daan", "Sem", "Lucas", "Thijs", "Ruben",
    "Jeroen", "Marco", "Erik", "Sander", "Bas", "Joost", "Martijn", "Rik", "Gert-Jan", "Hans", "Frank",
    "Mohammed", "Youssef", "Ahmed", "Mehmet", "Emre", "Burak", "Rajesh", "Ricardo", "Stefano", "Wouter",
    "Koen", "Niels", "Tim", "Arjen", "Mark", "Job", "Teun", "Floris", "Maarten", "Chidi", "Piotr", "Andrés",
)
# (prefix, last name); the prefix decides nothing about sorting: "van der Berg" sorts under B.
LAST_NAMES = (
    ("", "Jansen"), ("de", "Jong"), ("de", "Vries"), ("van den", "Berg"), ("van", "Dijk"), ("", "Bakker"),
    ("", "Janssen"), ("", "Visser"), ("", "Smit"), ("", "Meijer"), ("de", "Boer"), ("", "Mulder"),
    ("de", "Groot"), ("", "Bos"), ("", "Vos"), ("", "Peters"), ("", "Hendriks"), ("van", "Leeuwen"),
    ("", "Dekker"), ("", "Brouwer"), ("de", "Wit"), ("", "Dijkstra"), ("", "Smits"), ("de", "Graaf"),
    ("van der", "Meer"), ("van der", "Linden"), ("", "Kok"), ("", "Jacobs"), ("de", "Haan"), ("", "Vermeulen"),
    ("van den", "Heuvel"), ("van der", "Veen"), ("van den", "Broek"), ("de", "Bruijn"), ("", "Schouten"),
    ("van", "Beek"), ("ter", "Horst"), ("in 't", "Veld"), ("van 't", "Hof"), ("", "Willems"), ("", "Hoekstra"),
    ("", "El Amrani"), ("", "Bouzid"), ("", "El Idrissi"), ("", "Yılmaz"), ("", "Kaya"), ("", "Demir"),
    ("", "Öztürk"), ("", "Ramdin"), ("", "Biharie"), ("", "Kromodimedjo"), ("", "Tjon A Fong"),
    ("", "Nowak"), ("", "Kowalski"), ("", "García"), ("", "Rossi"), ("", "Okafor"), ("", "Nguyen"),
)
DEPARTMENTS = (
    "Directie", "Financiën", "HR", "ICT", "Verkoop", "Marketing", "Klantenservice", "Inkoop", "Logistiek",
    "Facilitair", "Juridische zaken", "Communicatie", "Onderzoek", "Kwaliteit", "Productie", "Planning",
)
LIKES = (
    "fietsen", "wielrennen", "koken", "tuinieren", "lezen", "voetbal (Feyenoord)", "voetbal (Ajax)", "puzzelen",
    "wandelen", "fotografie", "muziek", "theater", "bordspellen", "hardlopen", "zeilen", "chocolade", "wijn",
    "speciaalbier", "yoga", "schilderen", "reizen", "katten", "honden", "gamen", "breien",
)
DIETARY = ("glutenvrij", "vegetarisch", "veganistisch", "lactosevrij", "halal", "notenallergie", "geen alcohol")
CHILD_NAMES = ("Noah", "Emma", "Liam", "Julia", "Luca", "Mila", "Sem", "Tess", "Yara", "Adam", "Nora", "Finn")
# Company-wide occasions at their time of year: (month, day, title).
CUSTOM_EVENTS = ((1, 8, "Nieuwjaarsborrel"), (5, 21, "Sportdag"), (6, 26, "Zomeruitje"), (12, 17, "Kerstlunch"))
