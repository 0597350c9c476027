"""Russian surnames and given names the bench scripts build their sample people from."""

SURNAMES = [
    "Иванов",
    "Петров",
    "Сидоров",
    "Кузнецов",
    "Смирнов",
    "Попов",
    "Волков",
    "Новиков",
    "Морозов",
    "Лебедев",
]
GIVEN = ["Алексей", "Дмитрий", "Сергей", "Андрей", "Игорь", "Олег", "Максим", "Павел"]
