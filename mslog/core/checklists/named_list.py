"""A list of named items a person edits (habits, day factors): add, rename, reorder, retire."""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Callable
from datetime import date
from typing import Any, Generic, TypeVar

from peewee import AutoField, IntegerField, SqliteDatabase, TextField, fn

from mslog.core.checklists.model import (
    MAX_SHORT_TEXT,
    Checklist,
    NamedItem,
    check_day,
    check_text,
)
from mslog.core.errors import NotFoundError, ValidationError
from mslog.core.storage.models import BaseModel


class NamedRow(BaseModel):
    """The columns every named list's table has (each subclass names its table)."""

    id = AutoField()
    uuid = TextField(unique=True)
    key = TextField(null=True, unique=True)  # built-in items only; survives renaming
    name = TextField()
    position = IntegerField()
    retired_on = TextField(null=True)  # diary day YYYY-MM-DD from which it is not listed


ItemT = TypeVar("ItemT", bound=NamedItem)


class NamedList(Generic[ItemT]):
    """Reads and edits one named list; every write is one transaction.

    Announcing a change is left to the service that owns the list.

    Args:
        db: The open diary database.
        table: The list's table.
        item: The dataclass an item is read as.
        today: Returns today's diary day.
        kind: What an item is ("habit" or "day factor"), which its messages say.
    """

    def __init__(
        self,
        db: SqliteDatabase,
        table: type[NamedRow],
        item: type[ItemT],
        today: Callable[[], date],
        *,
        kind: str,
    ) -> None:
        self._db = db
        self._table = table
        self._item = item
        self._today = today
        self._kind = kind

    # --- reading ---

    def items(self, day: date | None = None) -> list[ItemT]:
        """Return the items listed on ``day`` (default: every item, retired ones too)."""
        t = self._table
        found = [
            self._item(
                row.uuid,
                row.name,
                row.position,
                row.key,
                date.fromisoformat(row.retired_on) if row.retired_on else None,
            )
            for row in t.select().order_by(t.position, t.id)
        ]
        return found if day is None else [item for item in found if item.listed_on(day)]

    def get(self, uuid: str) -> ItemT:
        """Return one item.

        Raises:
            NotFoundError: No such item.
        """
        for item in self.items():
            if item.uuid == uuid:
                return item
        raise NotFoundError(self._not_found(uuid))

    def find(self, text: str) -> ItemT | None:
        """Return the item whose key or name is ``text`` (ignoring case and spacing), or None.

        A built-in item's name is matched as kept and as shown in the person's language.
        """
        wanted = " ".join(str(text).split()).casefold()
        for item in self.items():
            if wanted in {(item.key or "").casefold(), item.name.casefold(), item.label.casefold()}:
                return item
        return None

    def row_id(self, uuid: str) -> int:
        """Return the table's id of an item.

        Raises:
            NotFoundError: No such item.
        """
        row = self._table.get_or_none(self._table.uuid == uuid)
        if row is None:
            raise NotFoundError(self._not_found(uuid))
        return row.id

    # --- writing ---

    def add(self, name: Any) -> ItemT:
        """Add the person's own item at the end of the list."""
        name = check_text("name", name, MAX_SHORT_TEXT, required=True)
        self._check_unique(name, None)
        uuid = str(uuidlib.uuid4())
        t = self._table
        with self._db.atomic():
            # The position is read inside the insert, so two writers cannot take the same one.
            after_last = t.select(fn.coalesce(fn.max(t.position), -1) + 1)
            t.insert(uuid=uuid, name=name, position=after_last).execute()
        return self.get(uuid)

    def rename(self, uuid: str, name: Any) -> ItemT:
        """Rename an item (what was recorded with it stays with it)."""
        name = check_text("name", name, MAX_SHORT_TEXT, required=True)
        self.get(uuid)
        self._check_unique(name, uuid)
        self._set(uuid, name=name)
        return self.get(uuid)

    def move(self, uuid: str, step: int) -> ItemT:
        """Move an item up (negative ``step``) or down the list."""
        order = [item.uuid for item in self.items()]
        index = order.index(self.get(uuid).uuid)
        target = max(0, min(len(order) - 1, index + step))
        order.insert(target, order.pop(index))
        t = self._table
        with self._db.atomic():
            for position, item_uuid in enumerate(order):
                t.update(position=position).where(t.uuid == item_uuid).execute()
        return self.get(uuid)

    def retire(self, uuid: str, from_day: date | None = None) -> ItemT:
        """Stop listing an item from ``from_day`` (default today); the past keeps it."""
        from_day = check_day("from_day", from_day or self._today())
        self.get(uuid)
        self._set(uuid, retired_on=from_day.isoformat())
        return self.get(uuid)

    def unretire(self, uuid: str) -> ItemT:
        """List a retired item again."""
        self.get(uuid)
        self._set(uuid, retired_on=None)
        return self.get(uuid)

    def delete(self, uuid: str) -> ItemT:
        """Delete an item outright and return it as it was (its owner checks nothing uses it)."""
        item = self.get(uuid)
        t = self._table
        with self._db.atomic():
            t.delete().where(t.uuid == uuid).execute()
        return item

    def put(self, item: ItemT) -> ItemT:
        """Make ``item`` stored as it is: its name, place and retirement, added back if deleted."""
        self._check_unique(item.name, item.uuid)
        t = self._table
        retired_on = item.retired_on.isoformat() if item.retired_on else None
        values = {"name": item.name, "position": item.position, "retired_on": retired_on}
        with self._db.atomic():
            if t.get_or_none(t.uuid == item.uuid) is None:
                t.insert(uuid=item.uuid, key=item.key, **values).execute()
            else:
                t.update(**values).where(t.uuid == item.uuid).execute()
        return self.get(item.uuid)

    # --- internals ---

    def _set(self, uuid: str, **values: Any) -> None:
        t = self._table
        with self._db.atomic():
            t.update(**values).where(t.uuid == uuid).execute()

    def _check_unique(self, name: str, uuid: str | None) -> None:
        wanted = name.casefold()
        for item in self.items(self._today()):
            if item.uuid != uuid and wanted in {item.name.casefold(), item.label.casefold()}:
                if self._kind == "habit":
                    text = Checklist.tr("{name} is already on the checklist")
                else:
                    text = Checklist.tr("{name} is already on the list")
                raise ValidationError("name", text.format(name=item.label))

    def _not_found(self, uuid: str) -> str:
        if self._kind == "habit":
            return Checklist.tr("No habit with id {uuid}").format(uuid=uuid)
        return Checklist.tr("No day factor with id {uuid}").format(uuid=uuid)
