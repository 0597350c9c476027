"""Event packages: one event in one file for a colleague, and merging such a file into another store.

A package is a Protocol Desk store (same schema, same migrations) holding just that event: its sides, people,
organisations, agreements with parties and witnesses, programme, saved plans, seating wishes and settings.
``export_package`` writes one; ``import_package`` checks one as hostile input and merges it (see ``merge``);
``open_read_only`` opens a copy of one (or of any store) to look at.
"""

from protocol_app.package.check import MAX_PACKAGE_BYTES, open_package
from protocol_app.package.export import export_package
from protocol_app.package.merge import Conflict, PackageReport, import_package
from protocol_app.package.view import open_read_only

__all__ = [
    "MAX_PACKAGE_BYTES",
    "Conflict",
    "PackageReport",
    "export_package",
    "import_package",
    "open_package",
    "open_read_only",
]
