"""Word pools and sentence templates for the synthetic benchmark corpus (scripts/gen_corpus.py).

The sentence shapes follow the seed articles in data/seeds (summits, troop pledges, refusals, sanctions,
reported speech with curly quotes, subheadings) and ordinary wire-news prose. Slots in braces are filled per
article: states `a`..`f` with `_adj` (demonym) and `_cap` (capital) forms, people `pa`..`pf` (full name) with
`_last` (surname) and `_role` (title), an organisation `o`, a company `co`, and small details (`day`, `n`,
`month`, `pct`). `a` and `b` lead an initiative, `c` is their adversary, `d` the state they back, `e` and `f`
hold back, and `m` mediates.
"""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


FIRST_NAMES = _words("""
Aaron Abigail Adam Adele Adrian Agnes Ahmed Aida Aidan Alain Alba Albert Aleksander Alessandro Alexei Alice
Alina Alvaro Amara Amina Anders Andrea Andrei Aneta Angela Anika Anna Anton Antonio Ariana Arjun Arne Astrid
Aurelia Ayesha Bao Beatriz Benedikt Bernard Bianca Bjorn Boris Brendan Bruno Camila Carlos Carmen Caroline
Catalina Cecilia Chen Chiara Christian Clara Claude Colin Cristina Damian Daniel Daria Dario David Deniz
Diego Dmitri Dolores Dorota Edgar Elena Elif Elin Elisa Emil Emma Enrique Erik Esra Esther Fabian Farah
Fatima Felipe Felix Fernando Fiona Florian Francesca Frederik Gabriel Gabriela Greta Gustavo Hana Hannah
Hans Haruto Hassan Helena Henrik Hiroshi Hugo Ibrahim Ida Igor Ilse Imran Ines Ingrid Irina Isabel Ivan
Jakob Jana Javier Jelena Joanna Johan Jonas Jorge Julia Julien Kamal Karim Karin Katarzyna Kenji Khalid
Kirsten Klaus Kofi Lars Laura Layla Leila Lena Leon Liam Lina Lorenzo Luca Lucia Ludmila Luis Lukas Magnus
Maja Malik Marco Marek Margit Maria Marina Marta Martin Mateo Matteo Mei Mikhail Miriam Mohammed
Monika Nadia Naomi Nasser Natalia Nikolai Nils Nina Noor Olga Oliver Omar Oskar Pablo Paolo Patrik Paula
Pavel Petra Pierre Priya Rafael Rahul Ramon Rania Rashid Rebecca Renata Ricardo Rosa Ruth Sakura Salma Samir
Sandra Sara Sebastian Selin Sergei Simon Sophie Stefan Sven Tamar Tatiana Teresa Thomas
Tobias Tomas Ulrich Valentina Vera Viktor Vincent Walter Wei Yasmin Yuki Yusuf Zainab Zoran Zuzana
""")

LAST_NAMES = _words("""
Abdullah Acosta Adeyemi Ahlberg Aksoy Alvarez Amrani Andersen Aranda Arslan Bakker Balogun Barros Bauer
Becker Bergstrom Bianchi Blomqvist Borkowski Bosch Brandt Brennan Caldwell Carvalho Castellano Cerny
Chatterjee Chowdhury Costa Cruz Dahl Dalton Demir Desai Dimitrov Dominguez Draganov Dubois Durand Eklund
Engel Esposito Falk Farouk Fedorova Ferrante Fischer Fonseca Fournier Galvez Garrido Gauthier Grabowski
Haddad Hakimi Halvorsen Hartmann Hassan Hedlund Herrera Hoffmann Horvath Hussein Ibarra Ivanova Jablonski
Jansen Jovanovic Kaczmarek Kamara Karlsson Kato Keller Khoury Kim Kowalczyk Kraus Kuznetsov Lambert
Larsen Laurent Lehmann Lindqvist Lombardi Lopez Lorenz Lundgren Madsen Mahmoud Maier Malinowski Mansour
Marchetti Markovic Martens Mendes Mercier Meyer Mikkelsen Molina Moreau Morozov Nakamura Navarro
Nielsen Nilsson Novak Nowak Nyberg Obi Okafor Okonkwo Olsen Oliveira Ortega Osei Ozturk Pacheco Pavlova
Petersen Petrov Pereira Popescu Quiroga Rahman Ramos Rasmussen Reyes Ricci Rinaldi Rojas Romano Rossi
Rousseau Saarinen Salazar Santoro Sato Schneider Schulz Serrano Shapiro Sokolov Sorensen Stavros Strand
Suarez Suzuki Szabo Tanaka Tanner Toivonen Torres Tran Ulloa Vasquez Vidal Virtanen Vogel Volkov Wagner
Walcott Weber Wieczorek Winter Yamamoto Yilmaz Zamora Zielinski Zoric
""")

# Titles a person is introduced with; the first two go to a state's head of state and government.
LEADER_ROLES = ("President", "Prime Minister")
MINISTER_ROLES = (
    "Foreign Minister", "Defence Minister", "Interior Minister", "Finance Minister", "Deputy Prime Minister",
    "Vice President", "national security adviser", "UN ambassador", "army chief",
    "opposition leader", "government spokesperson", "special envoy",
)

COMPANY_PREFIXES = _words("""
Northgate Helios Meridian Atlas Vanguard Sterling Orion Keystone Harbor Summit Cobalt Granite Polar Nova
Crescent Pioneer Beacon Aurora Falcon Redwood
""")
COMPANY_SECTORS = ("Energy", "Defence Systems", "Shipping", "Aerospace", "Logistics", "Telecom", "Mining",
                   "Grain", "Steel", "Security")
COMPANY_SUFFIXES = ("Group", "Holdings", "Corporation", "International")

# Organisation categories (data/gazetteer/organizations.jsonl) that act in the stories.
ORG_CATEGORIES = ("regional_body", "alliance", "intergovernmental", "forum", "un_organ", "un_body", "financial")

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")

HEADLINES = (
    "{a} and {b} to send troops to {d} if ceasefire agreed with {c}",
    "{a} pledges new aid to {d} as talks with {c} stall",
    "{e} rules out sending troops to {d}",
    "{c} rejects peace plan backed by {a} and {b}",
    "{a_adj} leader {pa_last} meets {d_adj} counterpart in {a_cap}",
    "{o} divided over mission to {d}",
    "{m} offers to mediate between {d} and {c}",
    "{a} imposes sanctions on {c} after strikes on {d}",
    "{pd_last} thanks {a} and {b} for security guarantees",
    "{c} warns {a} against deploying forces to {d}",
    "Leaders gather in {a_cap} for talks on {d}",
    "{a_adj} and {b_adj} troops could be stationed in {d} within months",
)

SUBHEADINGS = (
    "Declaration signed in {a_cap}", "Divisions among allies", "Mission aimed at deterrence",
    "{c} responds", "What happens next", "Sanctions stay in place", "A long road to peace",
    "Allies divided on troop contributions", "{m} steps in", "Security guarantees",
)

# The lead paragraph: who did what, introduced with full names and titles.
LEADS = (
    "{a} and {b} will send troops to {d} after a peace deal is reached in the war with {c}, {a_adj} "
    "{pa_role} {pa} has said.",
    "{a} and {b} have signed a declaration of intent on deploying troops in {d} if a peace deal is made with "
    "{c}, {a_adj} {pa_role} {pa} said on {day}.",
    "{a_adj} {pa_role} {pa} said {a} would back {d} for as long as it takes, after talks with allies in "
    "{a_cap} on {day}.",
    "Leaders from more than {n} countries met in {a_cap} on {day} to discuss security guarantees for {d}, "
    "as pressure grows on {c} to agree to a ceasefire.",
    "{b_adj} {pb_role} {pb} pledged new military aid to {d} on {day}, days after {c_adj} strikes killed "
    "{n} people in {d_cap}.",
    "{a} imposed new sanctions on {c} on {day}, accusing {c_cap} of prolonging the war in {d}.",
)

STANCES = (
    # supports
    "{a} will continue to support {d} in its efforts to secure a lasting peace, {pa_last} said.",
    "{pb_last} said {b} backs {d} and would provide air defence systems before the winter.",
    "{d_adj} {pd_role} {pd} thanked {a} and {b} for their support.",
    "{pa_last} praised {b} for its leadership on the security guarantees.",
    "{o} endorsed the plan and pledged to support {d} with funding for reconstruction.",
    "{m} welcomed the agreement and said it would help guarantee the ceasefire.",
    "‘We stand with {d}, today and for the long term,’ {pa_last} said.",
    "“This is a vital part of our commitment to stand with {d} for the long-term,” {pb_last} said.",
    "{pa_last} said {a} would defend {d} against any renewed aggression.",
    "{b_adj} {pb_role} {pb} said {b} agreed with {a} on the need for robust guarantees.",
    "{co} signed a contract to supply {d} with fuel and spare parts.",
    "{a} has provided {d} with more than {n} billion dollars in military aid since the start of the war.",
    "{pm}, the {m_adj} {pm_role}, said {m} supported the proposal.",
    "{a_cap} and {b_cap} reaffirmed their backing for {d}.",
    # opposes
    "{c} has repeatedly warned that any foreign troops in {d} would be a “legitimate target”.",
    "{c_adj} {pc_role} {pc} rejected the proposal, calling it a provocation.",
    "{pc_last} accused {a} of prolonging the war.",
    "{a} condemned {c} for the attacks on civilian infrastructure in {d}.",
    "{a} and {b} imposed new sanctions on {c}, targeting its energy exports.",
    "{d} and {c} have accused each other of violating the truce.",
    "{pd_last} criticised {c} for stalling the negotiations.",
    "{c_cap} rejected any compromise over how to end the war.",
    "{c_adj} drone attacks overnight wounded more than {n} people in {d_cap}, {d_adj} officials said.",
    "{pa_last} warned {c} against any attempt to seize more territory.",
    "{o} condemned the strikes and called on {c} to withdraw its forces.",
    "{pb_last} urged that there must be no easing of sanctions on {c} until the war in {d} ends.",
    "{c} threatened to cut gas supplies to {e} if it joined the mission.",
    "{pc_last} said {c} opposed the deployment of {o} troops near its borders.",
    "{c} blocked a resolution at the United Nations that would have condemned the attacks on {d}.",
    # participates_in
    "{a} will lead the reassurance force and {b} has offered to host its headquarters.",
    "{b} said it would contribute {n} hundred troops to the mission.",
    "{pa_last} said {a} would send troops to {d} once a ceasefire is agreed.",
    "{m} agreed to take part in the monitoring of the ceasefire.",
    "{b_adj} {pb_role} {pb} confirmed that {b} would deploy fighter jets to the region.",
    "{a} and {b} will establish military hubs across {d} to deter future invasion.",
    "The {a_adj} government said it would participate in any verification of a ceasefire.",
    # declines
    "{e} and {f} confirmed they would not send troops to {d}.",
    "{e_adj} {pe_role} {pe} said {e} would not take part in the mission.",
    "{f} has ruled out sending troops to {d}, {pf_last} said.",
    "{e} declined to join the force, citing the lack of a mandate from the United Nations.",
    "{pf_last} said {f} could contribute only from neighbouring countries.",
    "{e} refused to commit forces while the fighting continues.",
    # reported speech and mixed
    "‘It is not unanimous,’ {pa_last} said. ‘We do not need unanimity to achieve it.’",
    "{pd_last} said a “huge step forward” had been made in {a_cap}, but warned that {c} could not be trusted.",
    "{pc_last} said {c} would never accept {o} forces in {d}.",
    "If {c} agrees to a ceasefire, {a} will send troops to {d}, {pa_last} said.",
    "{b} will deploy troops to {d} if the peace deal holds, according to {pb_last}.",
)

# Ordinary news prose: background, colour, numbers; some name entities without any stance.
FILLERS = (
    "The summit hosting the leaders of nearly {n} countries comes at a crucial juncture in the war.",
    "No details were provided on troop numbers or the precise timeline for deployment.",
    "Talks are expected to continue next week in {m_cap}.",
    "Officials said the details of the plan had not yet been finalised.",
    "The meeting in {a_cap} lasted more than {n} hours.",
    "Delegations from {a}, {b}, {e} and {m} attended the talks.",
    "Territory and security guarantees have been at the forefront of unresolved issues for negotiators.",
    "Markets in {b_cap} fell {pct}% on the news before recovering in afternoon trading.",
    "The {a_adj} parliament is expected to vote on the deployment in {month}.",
    "Firefighters tried to extinguish the fire that broke out after an attack near the market in {d_cap}.",
    "Heavy shelling on {day} afternoon knocked out electricity in parts of {d_cap}.",
    "{c} currently controls about {pct}% of the territory it claims.",
    "Agreeing on the remaining details would determine the fate of peace in the region, analysts said.",
    "The plan was first discussed at a meeting of defence ministers in {b_cap} last {month}.",
    "Shares in {co} rose {pct}% after the announcement.",
    "A spokesperson for {o} said the organisation was following the talks closely.",
    "Heads of state and top officials took part in {day}’s talks in the {a_adj} capital.",
    "Speaking at a joint press conference after the meeting, {pa_last} and {pb_last} took questions.",
    "{pm}, the {m_adj} {pm_role}, arrived in {a_cap} late on {day}.",
    "The talks were attended by {pb} and {pe}, among others.",
    "About {n} thousand people have fled the fighting since {month}, according to aid agencies.",
    "The proposals will be discussed again when foreign ministers meet in {e_cap}.",
    "Neither side has published the full text of the draft agreement.",
    "Diplomats said the atmosphere at the talks was tense but constructive.",
    "Energy prices have risen sharply across the region since the start of the conflict.",
    "{o} said it would publish a report on the humanitarian situation in {month}.",
    "Opposition politicians in {b} have questioned the cost of the mission.",
    "Weather conditions have slowed the delivery of supplies to the front line.",
)
