"""(session 39, cm39) Camera, lens and audio titles: ``cm39.camera_read`` / ``cm39.ohm_read`` give one
notation of a focal range ("28-75 mm" = "28-75mm"), a lens line's letters and aperture glued to it
("XF16-55mmF2.8" = "XF 16-55mm F2.8", "F4 L" = "f/4L"), a camera's mark ("Mk II" = "Mark II") and an ohm
sign ("80 Ω" = "80 Ohm"); the near misses (another aperture, range, mark or impedance) stay apart."""
from crawler.matching import cm39
from tests.pair_checks import pair_tests

SAME = [
    ("Tamron 17-28mm F/2.8 Di III RXD for Sony E (A046)", "Tamron A046 17-28 mm f/2.8 Di III RXD Sony E-Mount"),
    ("Fujifilm XF 18-55mm F2.8-4 R LM OIS", "FUJIFILM FUJINON XF18-55mmF2.8-4 R LM OIS Lens"),
    ("Canon RF 70-200mm F4 L IS USM", "Canon RF70-200mm f/4L IS USM Lens"),
    ("Canon EOS 5D Mark IV Body", "Canon EOS 5D Mk IV Digital SLR Camera (Body Only)"),
    ("Beyerdynamic DT 990 PRO 250 Ohm", "beyerdynamic DT-990 Pro 250 \u03a9 Studio Headphones"),
    # a title cut into pieces still prints the numbers of the other's focal range and aperture
    ("Nikon D5600 DSLR Camera with AF-P 18mm 55mm f/3 .5 -5.6 VR Lens", "Nikon D5600 Kit AF-P DX 18-55mm f/3.5-5.6G VR"),
]
DIFFERENT = [
    ("Tamron 17-28mm F/2.8 Di III RXD for Sony E (A046)", "Tamron 17-70 mm f/2.8 Di III-A VC RXD Sony E"),
    ("Fujifilm XF 16-55mm F2.8 R LM WR", "FUJIFILM FUJINON XF16-80mmF4 R OIS WR Lens"),
    ("Canon RF 70-200mm F4 L IS USM", "Canon RF70-200mm f/2.8L IS USM Lens"),
    ("Canon EOS 5D Mark IV Body", "Canon EOS 5D Mk III Body"),
    ("Beyerdynamic DT 990 PRO 250 Ohm", "beyerdynamic DT-990 Pro 80 \u03a9 Studio Headphones"),
    # a kit with a second lens, a lens with another aperture (``cm39.lens_specs_differ``)
    ("Nikon Z50 + NIKKOR Z DX 16-50mm VR Kit", "Nikon Z50 + NIKKOR Z DX 16-50mm VR + 50-250mm VR Twin Lens Kit"),
    ("Canon EF 70-200mm f/4L IS II USM Objektiv", "Canon EF 70-200mm f/2.8L IS II USM Objektiv"),
    ("Nikon AF-P DX NIKKOR 70-300mm f/4.5-6.3G ED VR", "Nikon AF-P DX NIKKOR 70-300mm f/4.5-6.3G ED"),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)


def test_camera_read():
    assert cm39.camera_read("sony 28-75 mm f/2.8") == "sony 28-75mm f/2.8"
    assert cm39.camera_read("fuji xf16-55mmf2.8 r") == "fuji xf 16-55mm f2.8 r"
    assert cm39.camera_read("canon rf24-105mm f/4l is usm") == "canon rf 24-105mm f/4l is usm"
    assert cm39.camera_read("canon rf 24-105mm f4 l is usm") == "canon rf 24-105mm f/4l is usm"
    assert cm39.camera_read("canon eos r6 mk2").split() == ["canon", "eos", "r6", "mark", "ii"]
    # no aperture: no lens - a part's "mm" is left as printed
    assert cm39.camera_read("bosch hss 10-50 mm drill bits") == "bosch hss 10-50 mm drill bits"
    assert cm39.ohm_read("DT 770 80 \u03a9") == "DT 770 80 ohm"


def test_lens_specs():
    assert cm39.lens_specs("Canon EOS R50 + RF-S 18-45mm F4.5-6.3 IS STM Kit") == (
        frozenset({(18, 45)}), frozenset({("4.5", "6.3")}))
    assert cm39.lens_specs("FUJIFILM XF16-55mmF2.8 R LM WR") == (frozenset({(16, 55)}), frozenset({("2.8",)}))
    assert cm39.lens_specs("Nikon Z 24-70 mm 1:4 S") == (frozenset({(24, 70)}), frozenset({("4",)}))
    # a prime's length only before its aperture; no aperture read without a focal length
    assert cm39.lens_specs("Sony WH-1000XM5 with 3.5mm cable") == (frozenset(), frozenset())
    assert cm39.lens_specs("Ford F150 Lightning 2023") == ((), ())
