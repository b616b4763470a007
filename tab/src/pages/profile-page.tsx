import { ProfileScreen } from "../profile/profile-screen";

export default function ProfilePage() {
  return <ProfileScreen />;
}
