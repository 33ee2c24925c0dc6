"""Session 35 (tb35): toys, baby, pet and sport / outdoor products as European shops title them - the kind
in the shop's language ("Schlafsack" / "sleeping bag" / "sacco a pelo", "Stirnlampe" / "headlamp",
"Kautabletten" / "chewables", "Milchpumpe" / "tiralatte", "Reboarder", "Mitfahrbrett" / "wheeled board",
"hondenkussen", a bicycle's "Kette" / "chain" and "11-fach" / "11-speed"), a stroller's "Rahmen" / "frame",
"unparfümiert" / "unscented", a construction set named by its set number whatever its name's language,
a signed temperature, the same multipack count of two weights, a letter joined to a model's number by a
hyphen, an edition's ordinal spelled out ("zweite Edition"), the Czech "pro" (for) before whom the
product is for, a road tyre's "700x25C" as its ETRTO "25-622" and its build (clincher / tubeless); and the near misses kept apart.  Each pair is read both ways round (``tests.pair_checks``)."""

from tests.pair_checks import pair_tests


SAME = [
    # the kind in the shop's language
    ("Deuter Orbit -5° Schlafsack", "Deuter Orbit -5° sleeping bag"),
    ("Deuter Orbit -5° Schlafsack", "Deuter Orbit -5° sacco a pelo"),
    ("Petzl Tikkina Stirnlampe 300 Lumen", "Petzl Tikkina headlamp 300 lm"),
    ("Simparica Trio Kautabletten für Hunde 5-10 kg, 3 Stück", "Simparica Trio chewables for dogs 5-10 kg, 3 tablets"),
    ("Medela Solo Milchpumpe", "Medela Solo tiralatte"),
    ("Britax Römer Swivel Reboarder i-Size Space Black", "Britax Römer Swivel i-Size Space Black"),
    ("Bugaboo Comfort wheeled board", "Bugaboo Comfort Mitfahrbrett"),
    ("Fatboy Doggielounge Medium", "Fatboy Doggielounge hondenkussen medium"),
    ("KONG Extreme Medium", "KONG Extreme Hundespielzeug Medium"),
    ("KMC X10 10-fach Kette silber", "KMC X10 chain 10 speed silver"),
    # a stroller's frame, a litter's unscented, a dumbbell's hexagon
    ("Cybex Priam Rahmen Matt Black", "Cybex Priam frame matt black"),
    ("Ever Clean Multi-Crystals unscented 10 l", "Ever Clean Multi-Crystals unparfümiert 10 Liter"),
    ("Gorilla Sports Hexagon Kurzhantel 15 kg", "Gorilla Sports hex dumbbell 15kg"),
    # a refill's vial in German
    ("Feliway Friends Nachfüllflakon 48 ml", "Feliway Friends refill 48ml"),
    # a construction set named by its number: the theme on one side, the name translated
    ("LEGO Technic 42154 Ford GT 2022", "LEGO® 42154 Technic Ford GT 2022, Modellauto-Bausatz ab 18 Jahren"),
    ("LEGO Architecture 21056 Taj Mahal", "LEGO 21056 Architecture Taj Mahal Bauset"),
    ("LEGO Icons 10316 Rivendell", "LEGO 10316 Bruchtal – Set für Erwachsene"),
    # one multipack of plates both titles write as pieces
    ("Gorilla Sports Hantelscheiben Gusseisen 2 x 10 kg 30 mm", "Gorilla Sports weight plates cast iron 2x10kg 30mm"),
    # one temperature written two ways
    ("Deuter Orbit +5° Schlafsack", "Deuter Orbit +5°C sleeping bag"),
    # an edition's ordinal spelled out
    ("Dominion Basisspiel 2. Edition", "Dominion Grundspiel zweite Edition"),
    ("Dominion 2nd Edition", "Dominion Second Edition"),
    # the Czech "pro" (for) before whom the product is for
    ("Frontline Spot On Katze 3 Pipetten", "Frontline Spot On pipety pro kočky 3 ks"),
    # a road tyre's French notation and its ETRTO size
    ("Schwalbe G-One Allround 700x35C", "Schwalbe G-One Allround 35-622"),
    # (merged with mend35, whose ETRTO is a size and no model number: "GP5000" / "Grand Prix 5000" is
    # left - a name's two initials before its number are not read)
    ("Continental Grand Prix 5000 700x25C", "Continental Grand Prix 5000 25-622"),
]

DIFFERENT = [
    # two kinds stay two
    ("Deuter Orbit -5° Schlafsack", "Deuter Orbit -5° Zelt"),
    ("KONG Classic Large Hundespielzeug", "KONG Classic Large Katzenspielzeug"),
    # a signed temperature: two sleeping bags
    ("Deuter Orbit +5°", "Deuter Orbit -5°"),
    ("Deuter Orbit 0° Schlafsack", "Deuter Orbit +5° Schlafsack"),
    ("Mammut Relax Fiber Bag -7C", "Mammut Relax Fiber Bag +3°C"),
    # two weights of one multipack count
    ("Gorilla Sports Hantelscheiben 2 x 5 kg 30 mm", "Gorilla Sports Hantelscheiben 2 x 10 kg 30 mm"),
    ("Bodenmatte 4 x 1,5 kg", "Bodenmatte 4 x 2,5 kg"),
    # two set numbers, a set against its minifigure pack's number
    ("LEGO Technic 42154 Ford GT", "LEGO Technic 42125 Ferrari 488 GTE"),
    ("LEGO Icons 10316 Rivendell", "LEGO Icons 10305 Lion Knights' Castle"),
    # a letter joined to the model's number
    ("Black Diamond Spot 400", "Black Diamond Spot 400-R"),
    ("Petzl Actik Core 600", "Petzl Actik Core 600-R"),
    # a chain's speeds and models
    ("KMC X10 10-fach Kette", "KMC X11 11-fach Kette"),
    # the pump's double against the single
    ("Medela Solo Milchpumpe", "Medela Swing Maxi Milchpumpe"),
    # the stroller's frame colour
    ("Cybex Priam Rahmen Matt Black", "Cybex Priam frame chrome black"),
    # a refill against the diffuser it refills
    ("Feliway Friends Nachfüllflakon 48 ml", "Feliway Friends Zerstäuber + Flakon 48 ml"),
    # two editions, two tyre sizes
    ("Dominion 2nd Edition", "Dominion Third Edition"),
    ("Schwalbe G-One Allround 700x35C", "Schwalbe G-One Allround 40-622"),
    ("Continental Grand Prix 5000 700x25C", "Continental Grand Prix 5000 700x28C"),
    # a clincher against a tubeless tyre of one size
    ("Continental Grand Prix 5000 Clincher 25-622", "Continental Grand Prix 5000 Tubeless Ready 700x25C"),
    # a Pro model stays one where no one it is for follows
    ("Frontline Spot On pro kočky", "Frontline Pro Spot On kočky"),
    # unscented against scented
    ("Ever Clean Multi-Crystals unparfümiert 10 Liter", "Ever Clean Multi-Crystals parfümiert 10 Liter"),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)
