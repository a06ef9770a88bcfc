"""The LeadVault GUI entry point:

leadvault [--demo] [--screenshots DIR] [--data DIR] [--lang zh|en]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from desktop.hardening import harden_process
from ui.feature_scan import skip_for_start_up

if TYPE_CHECKING:
    import argparse

    from PySide6.QtWidgets import QApplication

    from ui.controller import AppController

LANGUAGE_CHOICES = ("zh", "en")


class LaunchOptions(NamedTuple):  # a tuple: cheaper to define than a dataclass
    demo: bool = False
    screenshots: Path | None = None
    data: Path | None = None
    lang: str | None = None
    development: bool = False


def parse_args(argv: list[str]) -> LaunchOptions:
    # Plain, valid arguments are read directly: building an argparse parser
    # costs ~15 ms at start-up (gettext looks up catalogues for every help
    # text). Anything else (help, a typo, a bad value) goes to argparse, which
    # words the error or the help.
    options = _read_plain(argv)
    return options if options is not None else _parse_with_argparse(argv)


def _read_plain(argv: list[str]) -> LaunchOptions | None:
    values: dict[str, str] = {}
    demo = development = False
    words = iter(argv)
    for word in words:
        if word == "--demo":
            demo = True
            continue
        if word == "--development":
            development = True
            continue
        name, equals, value = word.partition("=")
        if name not in ("--screenshots", "--data", "--lang") or name[2:] in values:
            return None
        if not equals:
            value = next(words, "")
        if not value or value.startswith("-"):
            return None
        values[name[2:]] = value
    lang = values.get("lang")
    if lang is not None and lang not in LANGUAGE_CHOICES:
        return None
    if "screenshots" in values and not demo:
        return None
    return LaunchOptions(
        demo=demo,
        screenshots=Path(values["screenshots"]) if "screenshots" in values else None,
        data=Path(values["data"]) if "data" in values else None,
        lang=lang,
        development=development,
    )


def _parse_with_argparse(argv: list[str]) -> LaunchOptions:
    import argparse

    parser = argparse.ArgumentParser(prog="leadvault", description="LeadVault workstation")
    parser.add_argument("--demo", action="store_true", help="throw-away vault, virtual cards")
    parser.add_argument(
        "--screenshots", type=Path, metavar="DIR", help="demo only: run the tour, save PNGs"
    )
    parser.add_argument("--data", type=Path, metavar="DIR", help="the data folder")
    parser.add_argument(
        "--development",
        action="store_true",
        help="set-up makes a development folder: test cards accepted (never for production)",
    )
    parser.add_argument("--lang", choices=LANGUAGE_CHOICES, help="the interface language")
    args: argparse.Namespace = parser.parse_args(argv)
    if args.screenshots is not None and not args.demo:
        parser.error("--screenshots needs --demo (no real window content is ever saved)")
    return LaunchOptions(args.demo, args.screenshots, args.data, args.lang, args.development)


def main(argv: list[str] | None = None) -> int:
    harden_process()  # before any key or lead can be in memory
    args = parse_args(sys.argv[1:] if argv is None else argv)
    app, controller = build(args)
    if args.screenshots is not None:
        from PySide6.QtCore import QTimer

        from ui.tour import Tour

        assert controller.demo_cards is not None
        tour = Tour(controller, controller.demo_cards, args.screenshots)
        QTimer.singleShot(0, tour.run)
    try:
        return app.exec()
    finally:
        controller.quit()


def build(args: LaunchOptions) -> tuple[QApplication, AppController]:
    """The application and its controller, started (window shown), not yet running."""
    # The Qt-free core first: modules imported after PySide6 pass through its
    # import hook (which reads their source), and these never need it. The
    # window's own imports of the core (its checks) come here too.
    from desktop import bootstrap  # isort: skip
    from desktop.app import workstation_checks  # noqa: F401  # isort: skip

    from PySide6.QtWidgets import QApplication

    skip_for_start_up()  # before the window's modules: see ui.feature_scan
    from ui.controller import AppController
    from ui.fonts import install_fonts
    from ui.i18n import CHINESE, ENGLISH, Translations, saved_language, system_language

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("LeadVault")
    install_fonts(app)

    demo_cards = None
    if args.demo:
        services, demo_cards = bootstrap.build_demo(args.data)
        if args.screenshots is None:
            from desktop.demo.vault import prepare_demo_vault, seed_demo_bags

            prepare_demo_vault(services, demo_cards)
            seed_demo_bags(services, demo_cards)  # sample leads and bags
            for card in demo_cards.cards():
                demo_cards.remove(card.reader)  # the user inserts them from the Demo menu
    else:
        services = bootstrap.build_real(
            args.data or bootstrap.default_data_dir(), development=args.development
        )

    if args.lang is not None:
        language = CHINESE if args.lang == "zh" else ENGLISH
    else:
        language = saved_language(services.data_dir) or system_language()
    translations = Translations(app)
    translations.install(language)

    controller = AppController(app, services, translations)
    if demo_cards is not None:
        from ui.demo_menu import DemoMenu

        menu = DemoMenu(demo_cards, controller.window)
        controller.window.menuBar().insertMenu(controller.window.help_menu.menuAction(), menu)
        controller.window.demo_menu = menu
        controller.demo_cards = demo_cards
    controller.start()
    return app, controller


if __name__ == "__main__":
    sys.exit(main())
