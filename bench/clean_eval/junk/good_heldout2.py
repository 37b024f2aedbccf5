"""Good look-alikes (hard negatives) of the heldout2 part: authored records the clean stage must keep.

Every record here is a correct answer that shares a surface trait with junk: repetition (lyrics,
refrains, parallel lists, tables, code, templated examples), another language or script
(translations, requested pinyin), symbols (maths), very short answers, answers that repeat their
input with a change (editing tasks), accents, or requested markup / links / a polite refusal letter.
All text is written for this file (no corpus text); facts are ordinary public knowledge.
``build_good(per_lang)`` is seeded and deterministic.
"""

from __future__ import annotations

import random
from collections.abc import Callable

Rec = dict[str, str]
GoodGen = Callable[[random.Random], Rec]

GOOD_PER_LANG = 360
"""Good records per language (30 per kind, twelve kinds)."""


def _p(rng: random.Random, seq: list[str] | tuple[str, ...]) -> str:
    return seq[rng.randrange(len(seq))]


def _rec(instruction: str, output: str, inp: str = "") -> Rec:
    return {"instruction": instruction, "input": inp, "output": output}


# ======================================================================================== English

EN_SONGS = {
    "the sea": (
        [
            "Salt on the window, gulls on the pier,",
            "The tide keeps the promise it made every year,",
            "I count the boats as they drift out of view,",
            "And every blue wave brings me closer to you.",
        ],
        [
            "Morning fog lifts from the harbour wall,",
            "A bell in the distance, a fisherman's call,",
            "The lighthouse is dreaming in white and in red,",
            "And the map of the coastline runs wild in my head.",
        ],
        [
            "So carry me, carry me, out on the sea,",
            "Wherever the wind goes is home enough for me,",
            "Carry me, carry me, over the foam,",
            "The sea is the road and the road leads me home.",
        ],
    ),
    "a small town": (
        [
            "There's one traffic light and it's always on red,",
            "The baker's been up since the moon went to bed,",
            "The church clock is slow but nobody minds,",
            "We live by the seasons and not by the times.",
        ],
        [
            "Friday the diner stays open till ten,",
            "The same seven faces come back in again,",
            "We talk about weather, we talk about rain,",
            "And nobody's leaving on the late evening train.",
        ],
        [
            "Oh, little town, you keep me near,",
            "Everything I love is standing here,",
            "Oh, little town, don't let me go,",
            "You're the only place I'll ever know.",
        ],
    ),
    "a rainy day": (
        [
            "Grey on the rooftops, grey on the street,",
            "Puddles are singing beneath my feet,",
            "The radio hums an old song that we knew,",
            "And I've got a whole afternoon here with you.",
        ],
        [
            "Tea in the kettle and books on the floor,",
            "Nobody's knocking at anyone's door,",
            "The window is crying but we don't mind,",
            "We left all the hurry of Monday behind.",
        ],
        [
            "Let it rain, let it rain, let it pour,",
            "We don't need the sunshine anymore,",
            "Let it rain, let it rain all day,",
            "Every drop just makes me want to stay.",
        ],
    ),
    "a road trip": (
        [
            "Packed up the car with a map and a tune,",
            "Left before sunrise, we'll be there by noon,",
            "Fields full of sunflowers wave as we pass,",
            "Dust on the dashboard and bugs on the glass.",
        ],
        [
            "Gas station coffee and songs on repeat,",
            "Shoes on the dashboard, the heat on our feet,",
            "Nobody asks us where we're going to,",
            "The only direction is me next to you.",
        ],
        [
            "Drive, drive, down the long highway,",
            "Nothing to lose and a whole lot to say,",
            "Drive, drive, till the stars come out,",
            "This is what freedom is all about.",
        ],
    ),
    "friendship": (
        [
            "We met in the schoolyard, we were only eight,",
            "You shared your sandwich, I shared my skate,",
            "Years came and went like the turn of a page,",
            "But you never changed, not with distance or age.",
        ],
        [
            "When I lost my way in a city of stone,",
            "You called every night so I wasn't alone,",
            "You laughed at my jokes even when they were bad,",
            "You're the best kind of friend that I ever had.",
        ],
        [
            "You'll be there, you'll be there,",
            "Through the storm and the open air,",
            "You'll be there when the lights go down,",
            "My oldest friend in this crowded town.",
        ],
    ),
}
EN_GENRES = ["folk", "pop", "country", "acoustic", "indie", "soft rock"]


def en_lyrics(rng: random.Random) -> Rec:
    topic = _p(rng, list(EN_SONGS))
    v1, v2, chorus = EN_SONGS[topic]
    genre = _p(rng, EN_GENRES)
    label = _p(rng, ["[{}]", "{}:", "({})"])
    parts = [
        label.format("Verse 1"),
        *v1,
        "",
        label.format("Chorus"),
        *chorus,
        "",
        label.format("Verse 2"),
        *v2,
        "",
        label.format("Chorus"),
        *chorus,
    ]
    if rng.random() < 0.5:
        parts += ["", label.format("Outro"), chorus[0], chorus[0]]
    else:
        parts += ["", label.format("Chorus"), *chorus]
    ins = _p(
        rng,
        [
            f"Write the lyrics of a short {genre} song about {topic}, with a chorus.",
            f"Compose a {genre} song about {topic}. Include verses and a repeated chorus.",
            f"Can you write song lyrics about {topic} in a {genre} style?",
        ],
    )
    return _rec(ins, "\n".join(parts))


EN_IMAGES = [
    "the smell of bread on Sunday mornings", "my grandmother's blue kitchen", "the first snow on the garden wall", "a kite caught in the old oak tree",
    "the sound of rain on a tin roof", "my father's hands on the steering wheel", "the library that closed at five", "fireflies over the lake",
    "the creak of the third stair", "a radio playing in the next room", "chalk drawings washed away by rain", "the dog who waited at the gate",
    "summer evenings that never ended", "a letter I never sent", "the train that passed at midnight", "oranges in a paper bag",
]  # fmt: skip
EN_POEM_THEMES = ["childhood", "home", "memory", "the passing of time", "summer"]


def en_poem(rng: random.Random) -> Rec:
    theme = _p(rng, EN_POEM_THEMES)
    form = rng.randrange(3)
    if form == 0:
        lines = [f"I remember {x}." for x in rng.sample(EN_IMAGES, rng.randint(5, 8))]
        lines.append("I remember, and remembering is enough.")
        ins = f"Write a free-verse poem about {theme} where every line starts with 'I remember'."
    elif form == 1:
        refrain = _p(
            rng, ["And still the river runs.", "The light comes back again.", "We were young, and it was June."]
        )
        imgs = rng.sample(EN_IMAGES, 6)
        lines = []
        for i in range(3):
            lines += [imgs[2 * i][0].upper() + imgs[2 * i][1:] + ",", imgs[2 * i + 1] + ";", refrain, ""]
        ins = f"Write a three-stanza poem about {theme} with a refrain at the end of each stanza."
        lines = lines[:-1]
    else:
        seasons = rng.sample(["spring", "summer", "autumn", "winter"], 3)
        lines = []
        for s in seasons:
            lines += [
                f"In {s} I walked to the hill,",
                f"in {s} I counted the birds,",
                f"in {s} the world stood still.",
                "",
            ]
        lines = lines[:-1]
        ins = f"Write a short poem about {theme} that uses repetition across the seasons."
    return _rec(ins, "\n".join(lines))


EN_LISTS = {
    "Give a checklist for inspecting a used bicycle before buying it.": [
        "Check the frame for cracks and rust.", "Check the wheels for wobble.", "Check the brakes for wear.", "Check the chain for stretch.",
        "Check the gears for smooth shifting.", "Check the tyres for cuts.", "Check the saddle height adjustment.", "Check the headset for play.",
    ],
    "What should I pack for a weekend camping trip?": [
        "A tent and its pegs.", "A sleeping bag rated for the season.", "A sleeping mat.", "A headlamp with spare batteries.",
        "A water filter or purification tablets.", "A first-aid kit.", "A rain jacket.", "A stove, fuel and a lighter.",
    ],
    "List ways to make a home network more secure.": [
        "Change the router's default password.", "Update the router's firmware.", "Use WPA3 or at least WPA2 encryption.", "Disable WPS.",
        "Create a separate guest network.", "Turn off remote administration.", "Change the default network name.", "Review connected devices regularly.",
    ],
    "Give tips for preparing for a job interview.": [
        "Research the company's products and values.", "Reread the job description.", "Prepare examples of past achievements.", "Practise answers to common questions.",
        "Prepare two or three questions for the interviewer.", "Plan your route and arrive early.", "Bring copies of your CV.", "Get a good night's sleep.",
    ],
    "How can I reduce food waste at home?": [
        "Plan meals before shopping.", "Buy only what is on the list.", "Store fruit and vegetables correctly.", "Freeze leftovers in portions.",
        "Use older items first.", "Understand the difference between best-before and use-by dates.", "Compost what cannot be eaten.", "Cook smaller amounts.",
    ],
}  # fmt: skip


def en_parallel_list(rng: random.Random) -> Rec:
    q = _p(rng, list(EN_LISTS))
    k = rng.randint(4, 8)
    items = rng.sample(EN_LISTS[q], k)
    style = rng.randrange(3)
    if style == 0:
        body = "\n".join(f"{i}. {x}" for i, x in enumerate(items, 1))
    elif style == 1:
        body = "\n".join(f"- {x}" for x in items)
    else:
        body = "\n".join(f"{i}) {x}" for i, x in enumerate(items, 1))
    return _rec(q, body)


PLANETS = [
    ("Mercury", 4879, 0, 88),
    ("Venus", 12104, 0, 225),
    ("Earth", 12742, 1, 365),
    ("Mars", 6779, 2, 687),
    ("Jupiter", 139820, 95, 4333),
    ("Saturn", 116460, 146, 10759),
    ("Uranus", 50724, 28, 30687),
    ("Neptune", 49244, 16, 60190),
]
LANGS = [
    ("Python", 1991, "Guido van Rossum"),
    ("C", 1972, "Dennis Ritchie"),
    ("Java", 1995, "James Gosling"),
    ("JavaScript", 1995, "Brendan Eich"),
    ("Ruby", 1995, "Yukihiro Matsumoto"),
    ("Go", 2009, "Robert Griesemer, Rob Pike, Ken Thompson"),
    ("Rust", 2010, "Graydon Hoare"),
    ("Haskell", 1990, "a committee"),
    ("Lisp", 1958, "John McCarthy"),
]


def en_table(rng: random.Random) -> Rec:
    kind = rng.randrange(3)
    if kind == 0:
        rows = sorted(rng.sample(PLANETS, rng.randint(4, 8)), key=lambda r: PLANETS.index(r))
        out = "| Planet | Diameter (km) | Known moons | Orbital period (days) |\n|---|---|---|---|\n"
        out += "\n".join(f"| {n} | {d:,} | {m} | {p:,} |" for n, d, m, p in rows)
        return _rec("Make a markdown table comparing these planets: " + ", ".join(r[0] for r in rows) + ".", out)
    if kind == 1:
        rows = rng.sample(LANGS, rng.randint(4, 7))
        out = "| Language | First appeared | Designed by |\n|:--|--:|:--|\n" + "\n".join(
            f"| {a} | {b} | {c} |" for a, b, c in rows
        )
        return _rec("Create a table of programming languages with the year they appeared and who designed them.", out)
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    acts = ["Gym", "Swim", "Rest", "Run", "Yoga"]
    pattern = [_p(rng, acts) for _ in days]
    out = "| Day | Morning | Evening |\n|---|---|---|\n" + "\n".join(
        f"| {d} | {a} | Stretching |" for d, a in zip(days, pattern)
    )
    return _rec(
        "Put my weekday exercise plan in a markdown table: "
        + ", ".join(f"{d} {a.lower()}" for d, a in zip(days, pattern))
        + ", with stretching every evening.",
        out,
    )


def en_code(rng: random.Random) -> Rec:
    kind = rng.randrange(4)
    if kind == 0:
        fn = _p(rng, ["is_even", "is_prime", "is_leap_year"])
        cases = {
            "is_even": [(2, True), (3, False), (0, True), (10, True), (7, False)],
            "is_prime": [(2, True), (3, True), (4, False), (9, False), (13, True)],
            "is_leap_year": [(2000, True), (1900, False), (2024, True), (2023, False), (2400, True)],
        }[fn]
        body = "\n".join(f"    assert {fn}({a}) is {b}" for a, b in rng.sample(cases, rng.randint(3, 5)))
        return _rec(
            f"Write pytest tests for a function {fn}.",
            f"```python\nfrom mymodule import {fn}\n\n\ndef test_{fn}():\n{body}\n```",
        )
    if kind == 1:
        names = rng.sample(["alice", "bob", "carol", "dave", "erin", "frank", "grace"], rng.randint(3, 6))
        rows = "\n".join(f"INSERT INTO users (name, active) VALUES ('{n}', TRUE);" for n in names)
        return _rec(
            "Write SQL statements to add these users as active: " + ", ".join(names) + ".", f"```sql\n{rows}\n```"
        )
    if kind == 2:
        cls = rng.sample(["primary", "secondary", "danger", "success", "warning"], rng.randint(3, 5))
        css = "\n\n".join(f".btn-{c} {{\n  padding: 8px 16px;\n  border-radius: 4px;\n  border: none;\n}}" for c in cls)
        return _rec(
            "Write CSS for these button classes with the same padding, radius and no border: " + ", ".join(cls) + ".",
            f"```css\n{css}\n```",
        )
    n = rng.randint(3, 6)
    pins = rng.sample(range(2, 14), n)
    lines = "\n".join(f"pinMode({p}, OUTPUT);" for p in pins)
    return _rec(
        f"In Arduino, set pins {', '.join(map(str, pins))} as outputs in setup().",
        f"```cpp\nvoid setup() {{\n{chr(10).join('  ' + ln for ln in lines.splitlines())}\n}}\n```",
    )


RESOURCES = ["users", "orders", "products", "invoices", "tickets", "books"]


def en_examples(rng: random.Random) -> Rec:
    kind = rng.randrange(3)
    if kind == 0:
        res = _p(rng, RESOURCES)
        host = _p(rng, ["api.example.com", "localhost:8080", "shop.example.org"])
        ids = rng.sample(range(1, 500), 3)
        blocks = [f"```http\nGET /{res}/{i} HTTP/1.1\nHost: {host}\nAccept: application/json\n```" for i in ids]
        return _rec(
            f"Give three example HTTP requests that fetch single {res} from a REST API.",
            "\n\n".join(f"Example {k}:\n{b}" for k, b in enumerate(blocks, 1)),
        )
    if kind == 1:
        word = _p(rng, ["although", "however", "despite", "whereas", "unless", "meanwhile"])
        sents = {
            "although": [
                "Although it was raining, we went for a walk.",
                "Although she was tired, she finished the report.",
                "Although the shop was small, it sold everything.",
            ],
            "however": [
                "The plan was good. However, it was too expensive.",
                "He studied hard. However, he failed the test.",
                "The hotel was old. However, the rooms were clean.",
            ],
            "despite": [
                "Despite the traffic, we arrived on time.",
                "Despite his injury, he played the whole match.",
                "Despite the cold, the children played outside.",
            ],
            "whereas": [
                "Cats are independent, whereas dogs need company.",
                "Summer is hot here, whereas winter is mild.",
                "I like tea, whereas my brother prefers coffee.",
            ],
            "unless": [
                "We will go unless it rains.",
                "You can't enter unless you have a ticket.",
                "The plant will die unless you water it.",
            ],
            "meanwhile": [
                "I cooked dinner. Meanwhile, Tom set the table.",
                "The team trained hard; meanwhile, the fans bought tickets.",
                "She wrote the code. Meanwhile, I tested it.",
            ],
        }[word]
        return _rec(
            f"Write three example sentences using the word '{word}'.",
            "\n".join(f"{k}. {s}" for k, s in enumerate(sents, 1)),
        )
    svc = _p(rng, ["auth", "billing", "search", "gateway"])
    lvls = rng.sample(["INFO", "WARN", "ERROR", "DEBUG"], 3)
    lines = [
        f"2024-03-0{k} 10:1{k}:0{k} {lv} [{svc}] request handled in {rng.randint(5, 900)} ms"
        for k, lv in enumerate(lvls, 1)
    ]
    return _rec(
        f"Show three example log lines from a {svc} service with different log levels.",
        "```\n" + "\n".join(lines) + "\n```",
    )


# (English, French, Spanish, German, Chinese)
SENTENCES = [
    (
        "Where is the train station?",
        "Où est la gare ?",
        "¿Dónde está la estación de tren?",
        "Wo ist der Bahnhof?",
        "火车站在哪里？",
    ),
    (
        "I would like a cup of coffee, please.",
        "Je voudrais une tasse de café, s'il vous plaît.",
        "Quisiera una taza de café, por favor.",
        "Ich hätte gern eine Tasse Kaffee, bitte.",
        "请给我一杯咖啡。",
    ),
    (
        "The weather is beautiful today.",
        "Il fait beau aujourd'hui.",
        "Hoy hace un tiempo precioso.",
        "Das Wetter ist heute schön.",
        "今天天气很好。",
    ),
    (
        "How much does this book cost?",
        "Combien coûte ce livre ?",
        "¿Cuánto cuesta este libro?",
        "Wie viel kostet dieses Buch?",
        "这本书多少钱？",
    ),
    (
        "My sister lives in a small village.",
        "Ma sœur habite dans un petit village.",
        "Mi hermana vive en un pueblo pequeño.",
        "Meine Schwester wohnt in einem kleinen Dorf.",
        "我姐姐住在一个小村庄里。",
    ),
    (
        "We are going to the beach tomorrow.",
        "Nous allons à la plage demain.",
        "Mañana vamos a la playa.",
        "Wir fahren morgen an den Strand.",
        "我们明天去海边。",
    ),
    (
        "Can you help me carry this box?",
        "Peux-tu m'aider à porter cette boîte ?",
        "¿Puedes ayudarme a llevar esta caja?",
        "Kannst du mir helfen, diese Kiste zu tragen?",
        "你能帮我搬这个箱子吗？",
    ),
    (
        "The museum is closed on Mondays.",
        "Le musée est fermé le lundi.",
        "El museo cierra los lunes.",
        "Das Museum ist montags geschlossen.",
        "博物馆周一闭馆。",
    ),
    (
        "I have been learning to play the piano.",
        "J'apprends à jouer du piano.",
        "Estoy aprendiendo a tocar el piano.",
        "Ich lerne Klavier spielen.",
        "我一直在学弹钢琴。",
    ),
    (
        "Please close the window before you leave.",
        "Ferme la fenêtre avant de partir, s'il te plaît.",
        "Por favor, cierra la ventana antes de salir.",
        "Bitte schließ das Fenster, bevor du gehst.",
        "走之前请把窗户关上。",
    ),
    (
        "Our flight was delayed by two hours.",
        "Notre vol a été retardé de deux heures.",
        "Nuestro vuelo se retrasó dos horas.",
        "Unser Flug hatte zwei Stunden Verspätung.",
        "我们的航班延误了两个小时。",
    ),
    (
        "The children are playing in the garden.",
        "Les enfants jouent dans le jardin.",
        "Los niños están jugando en el jardín.",
        "Die Kinder spielen im Garten.",
        "孩子们在花园里玩。",
    ),
]
TARGETS = [(1, "French"), (2, "Spanish"), (3, "German"), (4, "Chinese")]


def en_translation(rng: random.Random) -> Rec:
    row = _p(rng, [s[0] for s in SENTENCES])
    full = next(s for s in SENTENCES if s[0] == row)
    col, name = TARGETS[rng.randrange(len(TARGETS))]
    if rng.random() < 0.5:
        return _rec(f"Translate the following sentence into {name}.", full[col], row)
    return _rec(f'How do you say "{row}" in {name}?', full[col])


def en_math(rng: random.Random) -> Rec:
    kind = rng.randrange(4)
    if kind == 0:
        r1, r2 = rng.sample(range(-9, 10), 2)
        b, c = -(r1 + r2), r1 * r2
        eq = f"x² {'+' if b >= 0 else '−'} {abs(b)}x {'+' if c >= 0 else '−'} {abs(c)} = 0"
        lo, hi = sorted((r1, r2))
        out = f"Factor: (x {'−' if r1 >= 0 else '+'} {abs(r1)})(x {'−' if r2 >= 0 else '+'} {abs(r2)}) = 0, so x = {lo} or x = {hi}.\n\nCheck with the discriminant: Δ = b² − 4ac = ({b})² − 4·({c}) = {b * b - 4 * c} = {abs(r1 - r2)}², √Δ = {abs(r1 - r2)}, x = (−({b}) ± {abs(r1 - r2)}) / 2."
        return _rec(f"Solve {eq}.", out)
    if kind == 1:
        a, n = rng.randint(2, 9), rng.randint(2, 6)
        out = f"Using the power rule d/dx xⁿ = n·xⁿ⁻¹:\n\nf(x) = {a}x^{n}\nf′(x) = {a}·{n}·x^{n - 1} = {a * n}x^{n - 1}\n\n∫ f(x) dx = {a}·x^{n + 1}/{n + 1} + C"
        return _rec(f"Differentiate and integrate f(x) = {a}x^{n}.", out)
    if kind == 2:
        n = rng.randint(10, 200)
        out = f"$$\\sum_{{k=1}}^{{{n}}} k = \\frac{{{n}({n}+1)}}{{2}} = {n * (n + 1) // 2}$$\n\nand\n\n$$\\sum_{{k=1}}^{{{n}}} k^2 = \\frac{{{n}({n}+1)(2\\cdot{n}+1)}}{{6}} = {n * (n + 1) * (2 * n + 1) // 6}$$"
        return _rec(f"Compute the sum of the first {n} positive integers and of their squares. Use LaTeX.", out)
    m = [[rng.randint(-5, 5) for _ in range(2)] for _ in range(2)]
    v = [rng.randint(-5, 5) for _ in range(2)]
    r = [m[0][0] * v[0] + m[0][1] * v[1], m[1][0] * v[0] + m[1][1] * v[1]]
    det = m[0][0] * m[1][1] - m[0][1] * m[1][0]
    out = f"A·v = [{m[0][0]}·{v[0]} + {m[0][1]}·{v[1]}, {m[1][0]}·{v[0]} + {m[1][1]}·{v[1]}]ᵀ = [{r[0]}, {r[1]}]ᵀ\n\ndet(A) = {m[0][0]}·{m[1][1]} − ({m[0][1]})·({m[1][0]}) = {det}"
    return _rec(
        f"Let A = [[{m[0][0]}, {m[0][1]}], [{m[1][0]}, {m[1][1]}]] and v = [{v[0]}, {v[1]}]ᵀ. Compute A·v and det(A).",
        out,
    )


EN_FACTS = [
    ("What is the capital of France?", "Paris."), ("What is the capital of Japan?", "Tokyo."), ("What is the capital of Canada?", "Ottawa."),
    ("What is the capital of Australia?", "Canberra."), ("What is the chemical symbol for gold?", "Au"), ("What is the chemical symbol for sodium?", "Na"),
    ("Who wrote 'Pride and Prejudice'?", "Jane Austen."), ("Who painted the Mona Lisa?", "Leonardo da Vinci."), ("In which year did humans first land on the Moon?", "1969."),
    ("What is 7 × 8?", "56"), ("What is the square root of 144?", "12"), ("How many continents are there?", "Seven."),
    ("Is a tomato a fruit or a vegetable, botanically?", "A fruit."), ("What is the boiling point of water at sea level in Celsius?", "100 °C."), ("What is the largest ocean?", "The Pacific Ocean."),
    ("Which planet is known as the Red Planet?", "Mars."), ("What gas do plants absorb from the air?", "Carbon dioxide."), ("What is the freezing point of water in Fahrenheit?", "32 °F."),
    ("Is 17 a prime number?", "Yes."), ("Is 21 a prime number?", "No, 21 = 3 × 7."), ("What is the opposite of 'ancient'?", "Modern."),
    ("How many sides does a hexagon have?", "Six."), ("What is the plural of 'mouse'?", "Mice."), ("Which language has the most native speakers?", "Mandarin Chinese."),
    ("What is the past tense of 'go'?", "Went."), ("Who developed the theory of general relativity?", "Albert Einstein."), ("What is 15% of 200?", "30"),
    ("What is the hardest natural substance?", "Diamond."), ("How many minutes are in a day?", "1,440."), ("What currency is used in Japan?", "The yen."),
    ("Which organ pumps blood around the body?", "The heart."), ("Translate 'thank you' into Spanish.", "Gracias."), ("What is H2O commonly called?", "Water."),
]  # fmt: skip


def en_short(rng: random.Random) -> Rec:
    q, a = EN_FACTS[rng.randrange(len(EN_FACTS))]
    if rng.random() < 0.3:
        q = _p(rng, ["Answer briefly: ", "One word or number only: ", "Quick question: "]) + q
    return _rec(q, a)


# (wrong, right, what to say in the instruction)
EN_EDITS = [
    ("She don't like apples.", "She doesn't like apples."), ("Their going to the park after school.", "They're going to the park after school."),
    ("The dog wagged it's tail.", "The dog wagged its tail."), ("I could of finished earlier.", "I could have finished earlier."),
    ("Me and him went to the cinema.", "He and I went to the cinema."), ("There is many reasons to stay.", "There are many reasons to stay."),
    ("He recieved a letter yesterday.", "He received a letter yesterday."), ("The results was surprising.", "The results were surprising."),
    ("Each of the students have a book.", "Each of the students has a book."), ("We was late for the meeting.", "We were late for the meeting."),
    ("I seen that film last week.", "I saw that film last week."), ("The team are playing good today.", "The team is playing well today."),
    ("Who's bag is this?", "Whose bag is this?"), ("Less people came than expected.", "Fewer people came than expected."),
    ("She should of called first.", "She should have called first."), ("Your welcome to join us.", "You're welcome to join us."),
    ("The informations are on the website.", "The information is on the website."), ("He has went home already.", "He has gone home already."),
]  # fmt: skip


def en_edit(rng: random.Random) -> Rec:
    k = rng.randint(1, 3)
    picked = rng.sample(EN_EDITS, k)
    wrong = " ".join(w for w, _ in picked)
    right = " ".join(r for _, r in picked)
    ins = _p(
        rng,
        [
            "Correct the grammar in the following text.",
            "Fix any mistakes in this text and return the corrected version.",
            "Proofread the text below.",
            "Edit the sentence so that it is grammatically correct.",
        ],
    )
    return _rec(ins, right, wrong)


EN_ACCENTED = [
    (
        "What is crème brûlée?",
        "Crème brûlée is a French dessert of rich vanilla custard topped with a layer of sugar that is caramelised with a torch or grill until it forms a crisp, glassy crust.",
    ),
    (
        "What is the difference between a CV and a résumé?",
        'In the United States a résumé is a short, targeted summary of experience (usually one or two pages), while a CV is a longer, complete record of an academic career. In the UK, "CV" is used for both.',
    ),
    (
        "Name three dishes from Latin America.",
        "Feijoada from Brazil, ceviche from Peru, and chiles en nogada from Mexico, usually served with a walnut sauce and pomegranate seeds. Jalapeño salsa is a common side.",
    ),
    ("Who composed the 'New World' Symphony?", "Antonín Dvořák, in 1893, while he was living in the United States."),
    (
        "Give some examples of English words borrowed from French that keep their accents.",
        "Café, fiancé, cliché, née, déjà vu, façade, naïve and soufflé are often written with their accents, although many of them also appear without.",
    ),
    (
        "What is São Paulo known for?",
        "São Paulo is Brazil's largest city and financial centre, known for its diverse food scene, the Avenida Paulista, and a large Japanese-Brazilian community in Liberdade.",
    ),
    ("Which city is the largest in Switzerland?", "Zürich, on the northern end of Lake Zürich."),
    (
        "What does 'piñata' mean?",
        "A piñata is a decorated container, often made of papier-mâché, filled with sweets and broken with a stick at celebrations.",
    ),
    (
        "Who are the Māori?",
        "The Māori are the Indigenous Polynesian people of New Zealand (Aotearoa). Te reo Māori is one of the country's official languages.",
    ),
    (
        "What is an ångström?",
        "An ångström (Å) is a unit of length equal to 10⁻¹⁰ metres, used for atomic distances. It is named after Anders Jonas Ångström.",
    ),
    (
        "Recommend a few French pastries.",
        "Try a pain au chocolat, a mille-feuille, an éclair au café, or a tarte Tatin with crème fraîche.",
    ),
    (
        "Who wrote 'One Hundred Years of Solitude'?",
        "Gabriel García Márquez; it was first published in Spanish as 'Cien años de soledad' in 1967.",
    ),
    (
        "Write a sentence using the word 'naïve'.",
        "It was naïve of me to think the café would still be open at midnight.",
    ),
    (
        "What is a smörgåsbord?",
        "A smörgåsbord is a Swedish buffet with many hot and cold dishes, such as pickled herring, meatballs and gravlax.",
    ),
    (
        "Tell me about Björk.",
        "Björk Guðmundsdóttir is an Icelandic singer and composer who first became known with the Sugarcubes before a long solo career.",
    ),
]


DISHES = [
    ("crème brûlée", "vanilla custard under a burnt-sugar crust", "焦糖布丁"),
    ("crêpes Suzette", "thin pancakes in orange butter sauce", "苏泽特可丽饼"),
    ("pâté de campagne", "a coarse country-style pork terrine", "乡村肉酱"),
    ("soufflé au fromage", "a light, baked cheese soufflé", "奶酪舒芙蕾"),
    ("salade niçoise", "tuna, olives, egg and green beans", "尼斯沙拉"),
    ("bœuf bourguignon", "beef braised in red wine", "勃艮第红酒炖牛肉"),
    ("gâteau au chocolat", "a dense chocolate cake", "巧克力蛋糕"),
    ("purée de pommes de terre", "smooth mashed potatoes", "土豆泥"),
    ("jalapeño poppers", "stuffed and fried chilli peppers", "墨西哥辣椒卷"),
    ("açaí bowl", "frozen açaí berries topped with fruit and granola", "巴西莓果碗"),
    ("café crème", "espresso with hot cream", "奶油咖啡"),
    ("tarte flambée", "a thin Alsatian flatbread with crème fraîche and onions", "阿尔萨斯火焰薄饼"),
]
WORDS = [
    ("fiancée", "She introduced her fiancée to the whole family at the reunion."),
    ("façade", "The museum's façade was restored to its original colour."),
    ("cliché", 'Ending the story with "it was all a dream" felt like a cliché.'),
    ("déjà vu", "Walking into the old school gave me a strange sense of déjà vu."),
    ("protégé", "The young chef was a protégé of a famous restaurateur."),
    ("über", 'The word über is German for "over" or "above".'),
    ("rosé", "We ordered a chilled rosé with the grilled fish."),
    ("exposé", "The newspaper published an exposé on the company's finances."),
    ("entrée", "In American English, the entrée is the main course."),
    ("señor", 'The waiter greeted him with "Buenas noches, señor."'),
]


def en_accented(rng: random.Random) -> Rec:
    style = rng.randrange(3)
    if style == 1:
        picked = rng.sample(DISHES, rng.randint(3, 6))
        return _rec(
            f"Suggest {len(picked)} dishes for a bistro menu, with a short description of each.",
            "\n".join(f"- {n[0].upper() + n[1:]}: {d}." for n, d, _ in picked),
        )
    if style == 2:
        w, sent = WORDS[rng.randrange(len(WORDS))]
        return _rec(f"Use the word '{w}' in a sentence.", sent)
    q, a = EN_ACCENTED[rng.randrange(len(EN_ACCENTED))]
    if q.startswith(("What", "Who")) and rng.random() < 0.5:
        q = _p(rng, ["Briefly: ", "In one or two sentences, ", "Quick one: "]) + q[0].lower() + q[1:]
    return _rec(q, a)


def en_requested(rng: random.Random) -> Rec:
    kind = rng.randrange(6)
    if kind == 0:
        field = rng.sample(["name", "email", "phone", "message", "subject"], rng.randint(2, 4))
        inputs = "\n".join(
            f'  <label for="{f}">{f.title()}</label>\n  <input id="{f}" name="{f}" type="text">' for f in field
        )
        return _rec(
            "Write the HTML for a simple form with these fields: " + ", ".join(field) + ".",
            f'<form action="/submit" method="post">\n{inputs}\n  <button type="submit">Send</button>\n</form>',
        )
    if kind == 1:
        name = _p(rng, ["Ana", "Li Wei", "Tom", "Priya", "Kofi"])
        age, city = rng.randint(20, 70), _p(rng, ["Lisbon", "Shanghai", "Boston", "Pune", "Accra"])
        return _rec(
            "Convert this information to a JSON object.",
            f'{{\n  "name": "{name}",\n  "age": {age},\n  "city": "{city}"\n}}',
            f"Name: {name}; age: {age}; city: {city}",
        )
    if kind == 2:
        site, url = _p(
            rng,
            [
                ("Python documentation", "https://docs.python.org/3/"),
                ("the Rust book", "https://doc.rust-lang.org/book/"),
                ("the Wikipedia home page", "https://www.wikipedia.org/"),
                ("the Apache Airflow documentation", "https://airflow.apache.org/docs/"),
            ],
        )
        return _rec(f"What is the web address of {site}?", url)
    if kind == 3:
        event = _p(
            rng, ["a wedding", "a birthday dinner", "a conference talk", "a team offsite", "a book club meeting"]
        )
        return _rec(
            f"Write a short, polite message declining an invitation to {event}.",
            f"Thank you so much for inviting me to {event}. Unfortunately I can't attend because of a prior commitment, but I hope it goes wonderfully. Let's catch up soon!",
        )
    if kind == 4:
        word, cyr = _p(
            rng,
            [
                ("Moscow", "Москва"),
                ("Saint Petersburg", "Санкт-Петербург"),
                ("hello", "привет"),
                ("thank you", "спасибо"),
                ("Tolstoy", "Толстой"),
            ],
        )
        return _rec(f"How is '{word}' written in Russian (Cyrillic)?", cyr)
    var = _p(rng, ["user", "title", "items", "price"])
    return _rec(
        f"In a Jinja2 template, how do I print the variable {var}?",
        f"Wrap it in double curly braces: {{{{ {var} }}}}. For example, <p>{{{{ {var} }}}}</p> renders the value of {var} inside a paragraph.",
    )


# ======================================================================================== Chinese

ZH_SONGS = {
    "故乡": (
        ["村口的老槐树还在风里摇", "屋檐下的燕子又飞回来了", "妈妈在灶台边轻声地唱", "炊烟把黄昏染成了金黄"],
        ["走过了很多城市的街道", "听过了很多陌生的歌谣", "可每当夜深人静的时候", "梦里总是那条小河在流"],
        ["故乡啊故乡，你在远方", "你是我心里不灭的光", "故乡啊故乡，等我回来", "带着风雨也带着花开"],
    ),
    "青春": (
        ["教室的窗外是六月的蝉", "黑板上写满了没说的再见", "我们把名字刻在课桌上", "以为这样就能留住时光"],
        ["操场上奔跑的少年", "汗水里闪着明天", "毕业那天谁也没有哭", "却在转身时红了眼"],
        ["青春是一首唱不完的歌", "有欢笑也有泪水和挫折", "青春是一首唱不完的歌", "我们一起唱过就不算错过"],
    ),
    "雨天": (
        ["窗外的雨下了一整夜", "街灯把影子拉得很长", "你送我的那把伞还在", "只是少了你在身旁"],
        ["咖啡凉了也没人提醒", "日记停在上个冬天", "雨水敲打着玻璃窗", "像你从前说话的声音"],
        ["下雨天，下雨天", "思念像雨一样绵绵", "下雨天，下雨天", "好想再见你一面"],
    ),
    "旅行": (
        ["背上行囊去看远方的山", "火车穿过一片片麦田", "陌生人递来一杯热茶", "笑容比阳光还要温暖"],
        ["在海边捡起一枚贝壳", "在草原上数着星星", "每一站都是新的故事", "每一步都离梦更近"],
        ["出发吧，出发吧", "世界那么大总要去看看", "出发吧，出发吧", "路的尽头是新的地平线"],
    ),
}


def zh_lyrics(rng: random.Random) -> Rec:
    topic = _p(rng, list(ZH_SONGS))
    v1, v2, chorus = ZH_SONGS[topic]
    lab = _p(
        rng,
        [
            ("【主歌一】", "【副歌】", "【主歌二】", "【尾声】"),
            ("主歌1：", "副歌：", "主歌2：", "结尾："),
            ("[Verse 1]", "[Chorus]", "[Verse 2]", "[Outro]"),
        ],
    )
    parts = [lab[0], *v1, "", lab[1], *chorus, "", lab[2], *v2, "", lab[1], *chorus]
    if rng.random() < 0.5:
        parts += ["", lab[3], chorus[0], chorus[0]]
    else:
        parts += ["", lab[1], *chorus]
    ins = _p(
        rng,
        [
            f"写一首以“{topic}”为主题的歌词，要有副歌。",
            f"请创作一首关于{topic}的流行歌曲歌词，包括主歌和重复的副歌。",
            f"帮我写一段{topic}题材的歌词。",
        ],
    )
    return _rec(ins, "\n".join(parts))


CLASSICS = [
    ("李白", "静夜思", "床前明月光，\n疑是地上霜。\n举头望明月，\n低头思故乡。"),
    ("孟浩然", "春晓", "春眠不觉晓，\n处处闻啼鸟。\n夜来风雨声，\n花落知多少。"),
    ("王之涣", "登鹳雀楼", "白日依山尽，\n黄河入海流。\n欲穷千里目，\n更上一层楼。"),
    ("骆宾王", "咏鹅", "鹅，鹅，鹅，\n曲项向天歌。\n白毛浮绿水，\n红掌拨清波。"),
    ("李绅", "悯农（其二）", "锄禾日当午，\n汗滴禾下土。\n谁知盘中餐，\n粒粒皆辛苦。"),
    ("王维", "相思", "红豆生南国，\n春来发几枝。\n愿君多采撷，\n此物最相思。"),
    ("白居易", "赋得古原草送别（节选）", "离离原上草，\n一岁一枯荣。\n野火烧不尽，\n春风吹又生。"),
]
ZH_IMAGES = [
    "外婆门前的石榴树",
    "放学路上的糖葫芦",
    "夏夜里的蛙声",
    "父亲自行车的铃声",
    "冬天窗户上的冰花",
    "旧书里夹着的树叶",
    "巷子口的修鞋摊",
    "屋顶上晒着的辣椒",
    "河边洗衣服的棒槌声",
    "第一次坐火车的早晨",
    "雨后泥土的味道",
    "除夕夜的饺子",
]


def zh_poem(rng: random.Random) -> Rec:
    form = rng.randrange(3)
    if form == 0:
        author, title, text = CLASSICS[rng.randrange(len(CLASSICS))]
        return _rec(
            _p(rng, [f"请写出{author}的《{title}》全文。", f"默写《{title}》。", f"《{title}》这首诗的原文是什么？"]),
            text,
        )
    if form == 1:
        lines = [f"我记得{x}，" for x in rng.sample(ZH_IMAGES, rng.randint(4, 7))]
        lines[-1] = lines[-1].rstrip("，") + "。"
        lines.append("我记得，于是它们从未走远。")
        return _rec("写一首现代诗，每一行都以“我记得”开头，主题是童年。", "\n".join(lines))
    imgs = rng.sample(ZH_IMAGES, 3)
    refrain = _p(rng, ["风还在吹，", "月亮还在，", "河水还在流，"])
    stanzas = [f"{refrain}\n{img}也还在，\n只是我已经长大。" for img in imgs]
    return _rec("写一首三节的短诗，每节开头重复同一句话。", "\n\n".join(stanzas))


ZH_LISTS = {
    "给出保持身体健康的几条建议。": [
        "每天喝足够的水。",
        "每天保证七到八小时睡眠。",
        "每周运动至少三次。",
        "每餐多吃蔬菜水果。",
        "每天少吃高油高糖的食物。",
        "每年做一次体检。",
        "每天减少久坐时间。",
    ],
    "出国旅行前需要准备哪些东西？": [
        "准备有效的护照。",
        "准备目的地的签证。",
        "准备少量当地货币。",
        "准备转换插头。",
        "准备常用药品。",
        "准备旅行保险单。",
        "准备酒店和机票的预订确认。",
    ],
    "如何提高家庭网络的安全性？": [
        "修改路由器的默认密码。",
        "及时更新路由器固件。",
        "使用WPA2或WPA3加密。",
        "关闭WPS功能。",
        "为访客单独设置网络。",
        "关闭远程管理功能。",
        "定期检查接入的设备。",
    ],
    "写几条教室安全守则。": [
        "不在教室里追逐打闹。",
        "不在教室里使用明火。",
        "不随意触碰电源插座。",
        "不把尖锐物品带进教室。",
        "不站在窗台上擦玻璃。",
        "不堵塞教室的安全出口。",
    ],
    "怎样养成良好的阅读习惯？": [
        "每天固定一个时间阅读。",
        "每次阅读前设定一个小目标。",
        "每读完一本书写几句感想。",
        "每个月去一次图书馆。",
        "每周和朋友交流一本书。",
        "每天睡前读二十分钟。",
    ],
}


def zh_parallel_list(rng: random.Random) -> Rec:
    q = _p(rng, list(ZH_LISTS))
    items = rng.sample(ZH_LISTS[q], rng.randint(4, len(ZH_LISTS[q])))
    style = rng.randrange(3)
    if style == 0:
        body = "\n".join(f"{i}. {x}" for i, x in enumerate(items, 1))
    elif style == 1:
        body = "\n".join(f"{i}、{x}" for i, x in enumerate(items, 1))
    else:
        body = "\n".join(f"- {x}" for x in items)
    return _rec(q, body)


ZH_PROVINCES = [
    ("广东", "广州", "粤"),
    ("四川", "成都", "川"),
    ("浙江", "杭州", "浙"),
    ("湖南", "长沙", "湘"),
    ("山东", "济南", "鲁"),
    ("江苏", "南京", "苏"),
    ("福建", "福州", "闽"),
    ("河南", "郑州", "豫"),
    ("云南", "昆明", "滇"),
]


def zh_table(rng: random.Random) -> Rec:
    kind = rng.randrange(3)
    if kind == 0:
        rows = rng.sample(ZH_PROVINCES, rng.randint(4, 7))
        out = "| 省份 | 省会 | 简称 |\n|---|---|---|\n" + "\n".join(f"| {a} | {b} | {c} |" for a, b, c in rows)
        return _rec("用表格列出以下省份的省会和简称：" + "、".join(r[0] for r in rows) + "。", out)
    if kind == 1:
        rows = sorted(rng.sample(PLANETS, rng.randint(4, 8)), key=lambda r: PLANETS.index(r))
        zh = {
            "Mercury": "水星",
            "Venus": "金星",
            "Earth": "地球",
            "Mars": "火星",
            "Jupiter": "木星",
            "Saturn": "土星",
            "Uranus": "天王星",
            "Neptune": "海王星",
        }
        out = "| 行星 | 直径（千米） | 已知卫星数 |\n|---|---|---|\n" + "\n".join(
            f"| {zh[n]} | {d:,} | {m} |" for n, d, m, _ in rows
        )
        return _rec("请用Markdown表格比较这些行星的直径和卫星数量：" + "、".join(zh[r[0]] for r in rows) + "。", out)
    days = ["周一", "周二", "周三", "周四", "周五"]
    subj = ["语文", "数学", "英语", "物理", "化学", "体育"]
    rows = [(d, _p(rng, subj), _p(rng, subj)) for d in days]
    out = "| 星期 | 上午 | 下午 | 晚上 |\n|---|---|---|---|\n" + "\n".join(
        f"| {d} | {a} | {b} | 自习 |" for d, a, b in rows
    )
    return _rec(
        "把我的课程安排整理成表格：" + "；".join(f"{d}上午{a}、下午{b}" for d, a, b in rows) + "，每天晚上都是自习。",
        out,
    )


def zh_code(rng: random.Random) -> Rec:
    kind = rng.randrange(3)
    if kind == 0:
        items = rng.sample(
            [("苹果", 5), ("香蕉", 3), ("橙子", 4), ("葡萄", 12), ("西瓜", 20), ("梨", 6)], rng.randint(3, 5)
        )
        lines = "\n".join(f'prices["{n}"] = {p}  # 单价（元）' for n, p in items)
        return _rec(
            "用Python字典记录这些水果的单价：" + "、".join(f"{n}{p}元" for n, p in items) + "。",
            f"```python\nprices = {{}}\n{lines}\nprint(prices)\n```",
        )
    if kind == 1:
        fn = _p(rng, ["add", "mul"])
        cases = [(1, 2), (0, 0), (-1, 1), (3, 4), (10, -2)]
        asserts = "\n".join(
            f"    assert {fn}({a}, {b}) == {a + b if fn == 'add' else a * b}"
            for a, b in rng.sample(cases, rng.randint(3, 5))
        )
        return _rec(
            f"为函数 {fn}(a, b) 写几个单元测试。",
            f"下面是使用 pytest 的测试：\n\n```python\nfrom calc import {fn}\n\n\ndef test_{fn}():\n{asserts}\n```",
        )
    names = rng.sample(["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊"], rng.randint(3, 5))
    rows = "\n".join(f"INSERT INTO students (name, grade) VALUES ('{n}', 3);" for n in names)
    return _rec("写SQL语句，把这些学生加入三年级：" + "、".join(names) + "。", f"```sql\n{rows}\n```")


ZH_PATTERNS = {
    "虽然……但是……": [
        "虽然今天下雨，但是我们还是去了公园。",
        "虽然题目很难，但是他没有放弃。",
        "虽然房子不大，但是收拾得很干净。",
    ],
    "不但……而且……": [
        "她不但会唱歌，而且会跳舞。",
        "这家店不但便宜，而且味道很好。",
        "他不但按时完成了任务，而且完成得很出色。",
    ],
    "因为……所以……": [
        "因为起晚了，所以他没赶上公交车。",
        "因为天气太热，所以我们改在晚上跑步。",
        "因为准备充分，所以这次比赛很顺利。",
    ],
    "一边……一边……": ["他一边听音乐，一边写作业。", "妈妈一边做饭，一边和我聊天。", "我们一边散步，一边欣赏风景。"],
    "如果……就……": ["如果明天天晴，我们就去爬山。", "如果你有问题，就随时问我。", "如果早点出发，就不会迟到了。"],
}


def zh_examples(rng: random.Random) -> Rec:
    if rng.random() < 0.5:
        pat = _p(rng, list(ZH_PATTERNS))
        return _rec(f"用“{pat}”造三个句子。", "\n".join(f"{k}. {s}" for k, s in enumerate(ZH_PATTERNS[pat], 1)))
    res = _p(rng, RESOURCES)
    ids = rng.sample(range(1, 500), 3)
    blocks = [
        f"示例{k}：\n```http\nDELETE /{res}/{i} HTTP/1.1\nHost: api.example.com\nAuthorization: Bearer <token>\n```"
        for k, i in enumerate(ids, 1)
    ]
    return _rec(f"给出三个删除 {res} 资源的HTTP请求示例。", "\n\n".join(blocks))


def zh_translation(rng: random.Random) -> Rec:
    row = SENTENCES[rng.randrange(len(SENTENCES))]
    style = rng.randrange(3)
    if style == 0:
        return _rec("把下面的句子翻译成英文。", row[0], row[4])
    if style == 1:
        return _rec(f"“{row[4]}”用英语怎么说？", row[0])
    col, name = _p(rng, [(1, "法语"), (2, "西班牙语"), (3, "德语")])
    return _rec(f"请把这句话翻译成{name}：{row[4]}", row[int(col)])


def zh_math(rng: random.Random) -> Rec:
    kind = rng.randrange(3)
    if kind == 0:
        r1, r2 = rng.sample(range(-9, 10), 2)
        b, c = -(r1 + r2), r1 * r2
        lo, hi = sorted((r1, r2))
        out = f"判别式 Δ = b² − 4ac = ({b})² − 4×1×({c}) = {b * b - 4 * c}，\n√Δ = {abs(r1 - r2)}，\n所以 x = (−({b}) ± {abs(r1 - r2)}) ÷ 2，\n即 x₁ = {lo}，x₂ = {hi}。"
        return _rec(f"解方程：x² {'+' if b >= 0 else '−'} {abs(b)}x {'+' if c >= 0 else '−'} {abs(c)} = 0。", out)
    if kind == 1:
        a, d, n = rng.randint(1, 20), rng.randint(1, 9), rng.randint(5, 50)
        last = a + (n - 1) * d
        out = f"等差数列求和公式：Sₙ = n(a₁ + aₙ) ÷ 2。\n\naₙ = a₁ + (n − 1)d = {a} + ({n} − 1)×{d} = {last}，\nS_{n} = {n}×({a} + {last}) ÷ 2 = {n * (a + last) // 2 if n * (a + last) % 2 == 0 else n * (a + last) / 2}。"
        return _rec(f"等差数列首项为{a}，公差为{d}，求前{n}项的和。", out)
    r = rng.randint(2, 15)
    out = f"圆的面积 S = πr² = π×{r}² = {r * r}π ≈ {round(3.14159 * r * r, 2)}，\n周长 C = 2πr = {2 * r}π ≈ {round(2 * 3.14159 * r, 2)}。"
    return _rec(f"一个圆的半径是{r}厘米，求它的面积和周长（保留两位小数）。", out)


ZH_FACTS = [
    ("法国的首都是哪里？", "巴黎。"), ("日本的首都是哪里？", "东京。"), ("中国最长的河流是哪条？", "长江。"), ("一年有几个季节？", "四个。"),
    ("水的化学式是什么？", "H₂O"), ("金的化学符号是什么？", "Au"), ("《红楼梦》的作者是谁？", "曹雪芹。"), ("《西游记》的作者是谁？", "吴承恩。"),
    ("7乘以8等于多少？", "56"), ("144的平方根是多少？", "12"), ("一天有多少小时？", "24小时。"), ("地球上最大的大洋是什么？", "太平洋。"),
    ("人类第一次登月是哪一年？", "1969年。"), ("17是质数吗？", "是。"), ("21是质数吗？", "不是，21 = 3 × 7。"), ("“美丽”的反义词是什么？", "丑陋。"),
    ("六边形有几条边？", "六条。"), ("太阳从哪个方向升起？", "东方。"), ("中国的国宝动物是什么？", "大熊猫。"), ("端午节吃什么？", "粽子。"),
    ("水在标准大气压下的沸点是多少摄氏度？", "100℃。"), ("一米等于多少厘米？", "100厘米。"), ("哪个行星被称为红色星球？", "火星。"), ("“谢谢”用英语怎么说？", "Thank you."),
    ("中秋节是农历几月几日？", "农历八月十五。"), ("世界上最高的山峰是哪座？", "珠穆朗玛峰。"), ("鲁迅的原名是什么？", "周树人。"), ("一斤等于多少克？", "500克。"),
    ("“床前明月光”的下一句是什么？", "疑是地上霜。"), ("三角形内角和是多少度？", "180度。"),
]  # fmt: skip


def zh_short(rng: random.Random) -> Rec:
    q, a = ZH_FACTS[rng.randrange(len(ZH_FACTS))]
    if rng.random() < 0.3:
        q = _p(rng, ["简短回答：", "只回答答案：", "快问快答："]) + q
    return _rec(q, a)


ZH_EDITS = [
    ("通过这次活动，使我明白了团结的重要性。", "这次活动使我明白了团结的重要性。"),
    ("他的写作水平有了明显的改进。", "他的写作水平有了明显的提高。"),
    ("我们要认真克服并随时发现工作中的缺点。", "我们要随时发现并认真克服工作中的缺点。"),
    ("大约有一百人左右参加了会议。", "大约有一百人参加了会议。"),
    ("能否保持良好的心态，是考试取得好成绩的关键。", "保持良好的心态，是考试取得好成绩的关键。"),
    ("这本书的内容和插图都很丰富多彩。", "这本书的内容很丰富，插图也很精美。"),
    ("他高兴的跑回了家。", "他高兴地跑回了家。"),
    ("同学们认真的听老师讲课。", "同学们认真地听老师讲课。"),
    ("我们学校有两千多名左右的学生。", "我们学校有两千多名学生。"),
    ("春天的杭州是一个美丽的季节。", "春天的杭州很美丽。"),
    ("他把作业做的很认真。", "他把作业做得很认真。"),
    ("在老师的帮助下，使他进步很快。", "在老师的帮助下，他进步很快。"),
    ("这个问题引起了大家广泛的重视。", "这个问题引起了大家的广泛重视。"),
    ("我看见了一群小鸟在天空中飞翔着。", "我看见一群小鸟在天空中飞翔。"),
]


def zh_edit(rng: random.Random) -> Rec:
    k = rng.randint(1, 2)
    picked = rng.sample(ZH_EDITS, k)
    wrong = "".join(w for w, _ in picked)
    right = "".join(r for _, r in picked)
    ins = _p(
        rng,
        [
            "修改下面的病句。",
            "请改正下面句子中的语病，直接给出修改后的句子。",
            "找出并修改这段话中的错误。",
            "润色下面的句子，只改错误的地方。",
        ],
    )
    return _rec(ins, right, wrong)


ZH_PINYIN_TASK = [
    ("春眠不觉晓", "chūn mián bù jué xiǎo"), ("你好，朋友", "nǐ hǎo, péng you"), ("长城", "Cháng chéng"), ("熊猫", "xióng māo"),
    ("中华人民共和国", "Zhōng huá Rén mín Gòng hé guó"), ("学习使我快乐", "xué xí shǐ wǒ kuài lè"), ("谢谢你的帮助", "xiè xie nǐ de bāng zhù"),
    ("北京欢迎你", "Běi jīng huān yíng nǐ"), ("天气预报", "tiān qì yù bào"), ("一帆风顺", "yì fān fēng shùn"), ("绿色", "lǜ sè"), ("女儿", "nǚ ér"),
]  # fmt: skip


def zh_script_requested(rng: random.Random) -> Rec:
    kind = rng.randrange(3)
    if kind == 0:
        hz, py = ZH_PINYIN_TASK[rng.randrange(len(ZH_PINYIN_TASK))]
        return _rec(_p(rng, ["给下面的词语标注拼音（带声调）。", "请写出下面这句话的汉语拼音。", "注音："]), py, hz)
    if kind == 1:
        pairs = [
            ("简体", "繁體"),
            ("学习", "學習"),
            ("电脑", "電腦"),
            ("图书馆", "圖書館"),
            ("开发", "開發"),
            ("飞机", "飛機"),
            ("东西", "東西"),
            ("语言", "語言"),
        ]
        chosen = rng.sample(pairs, rng.randint(3, 6))
        return _rec("把下面的简体字转换成繁体字。", "、".join(t for _, t in chosen), "、".join(s for s, _ in chosen))
    site, url = _p(
        rng,
        [
            ("Python官方文档", "https://docs.python.org/zh-cn/3/"),
            ("维基百科", "https://zh.wikipedia.org/"),
            ("Apache Airflow 文档", "https://airflow.apache.org/docs/"),
            ("Rust 官网", "https://www.rust-lang.org/"),
        ],
    )
    return _rec(f"{site}的网址是什么？", url)


ZH_MIXED = [
    ("Pokémon 的中文名是什么？", "Pokémon 的官方中文名是“宝可梦”，早年也被译作“精灵宝可梦”或“神奇宝贝”。"),
    ("什么是 café au lait？", "Café au lait 是法式牛奶咖啡，用大约等量的热咖啡和热牛奶调成，常在早餐时配可颂饮用。"),
    (
        "简单介绍一下 Beyoncé。",
        "Beyoncé（碧昂丝）是美国歌手、词曲作者和演员，早年是女子组合 Destiny's Child 的成员，后来以个人歌手身份获得多项格莱美奖。",
    ),
    (
        "résumé 和 CV 有什么区别？",
        "在美国，résumé 指一到两页的简历，重点突出与职位相关的经历；CV 通常更长，完整记录学术经历。在英国两者常混用。",
    ),
    (
        "“Crème brûlée” 是什么甜点？",
        "Crème brûlée 即法式焦糖布丁：底层是香草奶油蛋羹，表面撒糖后用喷枪烤出一层脆脆的焦糖壳。",
    ),
    ("São Paulo 是哪个国家的城市？", "São Paulo（圣保罗）是巴西最大的城市，也是南美洲重要的经济中心。"),
    ("Dvořák 是谁？", "Antonín Dvořák（德沃夏克）是捷克作曲家，代表作有《第九交响曲“自新大陆”》。"),
    ("Zürich 在哪里？", "Zürich（苏黎世）位于瑞士北部、苏黎世湖的北端，是瑞士最大的城市。"),
    ("用 Python 的 f-string 怎么格式化小数？", '可以写成 f"{x:.2f}"，表示保留两位小数，例如 x = 3.14159 时输出 3.14。'),
    ("naïve 这个词是什么意思？", "naïve 源自法语，意思是“天真的、幼稚的”，英语中也常写作 naive。"),
    ("解释一下 HTTP 状态码 404。", "404 Not Found 表示服务器找不到请求的资源，常见原因是 URL 写错或页面已被删除。"),
    ("什么是 smörgåsbord？", "smörgåsbord 是瑞典的自助餐形式，摆放多种冷热菜肴，如腌鲱鱼、肉丸和三文鱼。"),
]


def zh_mixed(rng: random.Random) -> Rec:
    if rng.random() < 0.5:
        picked = rng.sample(DISHES, rng.randint(3, 6))
        body = "\n".join(f"{k}. {n[0].upper() + n[1:]}（{z}）" for k, (n, _, z) in enumerate(picked, 1))
        return _rec(f"列出{len(picked)}道西餐菜名，写出原文和中文名。", body)
    q, a = ZH_MIXED[rng.randrange(len(ZH_MIXED))]
    if not q.startswith(("简单", "解释", "用")) and rng.random() < 0.6:
        q = _p(rng, ["简单说说：", "请用一两句话回答：", "问一下，", "请问"]) + q
    return _rec(q, a)


GOOD: list[tuple[str, str, str, GoodGen]] = [
    ("h2g_en_lyrics", "lyrics", "en", en_lyrics),
    ("h2g_en_poem", "poem", "en", en_poem),
    ("h2g_en_parallel_list", "parallel_list", "en", en_parallel_list),
    ("h2g_en_table", "md_table", "en", en_table),
    ("h2g_en_code", "code_repeat", "en", en_code),
    ("h2g_en_examples", "templated_examples", "en", en_examples),
    ("h2g_en_translation", "translation", "en", en_translation),
    ("h2g_en_math", "math", "en", en_math),
    ("h2g_en_short", "short_answer", "en", en_short),
    ("h2g_en_edit", "edit_repeat", "en", en_edit),
    ("h2g_en_accented", "accented", "en", en_accented),
    ("h2g_en_requested", "requested_format", "en", en_requested),
    ("h2g_zh_lyrics", "lyrics", "zh", zh_lyrics),
    ("h2g_zh_poem", "poem", "zh", zh_poem),
    ("h2g_zh_parallel_list", "parallel_list", "zh", zh_parallel_list),
    ("h2g_zh_table", "md_table", "zh", zh_table),
    ("h2g_zh_code", "code_repeat", "zh", zh_code),
    ("h2g_zh_examples", "templated_examples", "zh", zh_examples),
    ("h2g_zh_translation", "translation", "zh", zh_translation),
    ("h2g_zh_math", "math", "zh", zh_math),
    ("h2g_zh_short", "short_answer", "zh", zh_short),
    ("h2g_zh_edit", "edit_repeat", "zh", zh_edit),
    ("h2g_zh_mixed", "accented", "zh", zh_mixed),
    ("h2g_zh_script_requested", "requested_format", "zh", zh_script_requested),
]
"""(name, kind, lang, generator) of every good look-alike."""


def build_good(per_lang: int = GOOD_PER_LANG, seed: str = "clean_eval-good-heldout2-v1") -> list[dict[str, str]]:
    """Good records, kinds in turn per language; exact repeats are redrawn (never two identical records).

    Each row: instruction, input, output, kind, generator, lang.  When a generator cannot produce a new
    distinct record in 400 draws the kind's share goes to the next draw of another kind.
    """
    rng = random.Random(seed)
    rows: list[dict[str, str]] = []
    seen: set[tuple[str, str, str]] = set()
    for lang in ("en", "zh"):
        gens = [g for g in GOOD if g[2] == lang]
        exhausted: set[str] = set()
        k = 0
        made = 0
        while made < per_lang:
            live = [g for g in gens if g[0] not in exhausted]
            if not live:
                raise RuntimeError(f"heldout2 good/{lang}: every generator ran out of distinct records")
            name, kind, _, fn = live[k % len(live)]
            k += 1
            for _ in range(400):
                rec = fn(rng)
                key = (rec["instruction"], rec["input"], rec["output"])
                if key not in seen:
                    seen.add(key)
                    rows.append({**rec, "kind": kind, "generator": name, "lang": lang})
                    made += 1
                    break
            else:
                exhausted.add(name)
    return rows
