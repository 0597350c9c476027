"""Draw the application icon (a desk card with a place card's fold and two seats) with Pillow and save it as
PNG (Linux, the window), ICO (Windows) and ICNS (macOS) in resources/icons/. Run once; the files are committed."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZE = 1024


def draw() -> Image.Image:
    """The icon at 1024 px: a navy rounded square, a white place card and two gold seats."""
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((40, 40, SIZE - 40, SIZE - 40), radius=190, fill=(27, 54, 93, 255))
    pen.polygon([(250, 640), (512, 330), (774, 640)], fill=(255, 255, 255, 255))  # the folded place card
    pen.rectangle((250, 640, 774, 700), fill=(220, 226, 236, 255))
    for x in (330, 694):  # two seats facing each other across the table
        pen.ellipse((x - 70, 760, x + 70, 900), fill=(212, 175, 55, 255))
    return image


def main() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    image = draw()
    image.resize((256, 256), Image.Resampling.LANCZOS).save(ICONS / "protocol-desk.png")
    image.save(
        ICONS / "protocol-desk.ico", sizes=[(16, 16), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]
    )
    image.save(ICONS / "protocol-desk.icns")


if __name__ == "__main__":
    main()
