"""What every route's JSON body shares."""

from pydantic import BaseModel, ConfigDict


class StrictBody(BaseModel):
    # strict: what the schema says is what passes ("5" is not an integer, 1 is not a string)
    model_config = ConfigDict(extra="forbid", strict=True)
