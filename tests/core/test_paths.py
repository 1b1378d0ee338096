"""Where save dialogs start: the rule every one of them shares (no display needed)."""

from massage_trainer.core.paths import default_save_folder


def test_documents_when_it_exists(tmp_path):
    documents = tmp_path / "Documents"
    documents.mkdir()
    assert default_save_folder(documents, tmp_path) == documents


def test_home_when_documents_is_missing_or_unnamed(tmp_path):
    assert default_save_folder(tmp_path / "Documents", tmp_path) == tmp_path
    assert default_save_folder(None, tmp_path) == tmp_path


def test_a_file_called_documents_is_not_a_folder(tmp_path):
    (tmp_path / "Documents").write_text("not a folder", encoding="utf-8")
    assert default_save_folder(tmp_path / "Documents", tmp_path) == tmp_path
